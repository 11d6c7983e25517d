import { Stack, Typography } from '@mui/material';
import { Labeled, TextField, useRecordContext, useTranslate } from 'react-admin';
import { HoldBoxField } from '../../hold-boxes/HoldBoxField';
import { OrderActions } from '../OrderActions';
import { tokyoDateTime } from './format';

/** The slip's head: which order, from where, where it stands in its route, and the workflow's actions. */
export const OrderHeader = () => {
  const record = useRecordContext<{
    status: string;
    mall?: string;
    hold?: { box: number } | null;
    mallData?: { orderedAt: string };
  }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Stack direction="row" useFlexGap spacing={4} sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Labeled source="orderNumber">
          <TextField source="orderNumber" variant="h6" />
        </Labeled>
        <Labeled source="status">
          <Typography variant="h6">{translate(`oms.order_status.${record.status}`)}</Typography>
        </Labeled>
        {record.mall && (
          <Labeled source="mall">
            <Typography>{translate(`oms.malls.${record.mall}`)}</Typography>
          </Labeled>
        )}
        {record.mallData && (
          <Labeled source="orderedAt">
            <Typography>{tokyoDateTime(record.mallData.orderedAt)}</Typography>
          </Labeled>
        )}
        <Labeled source="route.name">
          <TextField source="route.name" emptyText="-" />
        </Labeled>
        {record.hold && (
          <Labeled source="hold.box">
            <HoldBoxField source="hold.box" />
          </Labeled>
        )}
      </Stack>
      <OrderActions />
    </>
  );
};
