import { Grid, Typography } from '@mui/material';
import { FunctionField, NumberField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { CustomerLinkField } from '../customers/CustomerLinkField';
import { HoldBoxField } from '../hold-boxes/HoldBoxField';
import { OrderActions } from './OrderActions';
import { OrderTimeline } from './OrderTimeline';

const Status = () => {
  const translate = useTranslate();
  return (
    <FunctionField<{ status: string }>
      source="status"
      render={(r) => <Typography variant="h6">{translate(`oms.order_status.${r.status}`)}</Typography>}
    />
  );
};

/** 受注詳細: the order as rebuilt from its stream, its actions and its timeline. */
export const OrderShow = () => (
  <Show>
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 7 }}>
        <SimpleShowLayout>
          <TextField source="orderNumber" />
          <Status />
          <TextField source="route.name" emptyText="-" />
          <HoldBoxField source="hold.box" />
          <OrderActions />
          <TextField source="mallData.orderer.name" />
          <TextField source="mallData.orderer.kana" />
          <TextField source="mallData.orderer.phone" />
          <CustomerLinkField label="resources.customers.name" />
          {/* The list's row is shown first while the full order loads, and it has no mallData. */}
          <FunctionField<{ mallData?: { destinations: unknown[] } }>
            label="oms.orders.destinations"
            render={(r) => r.mallData?.destinations.length ?? '-'}
          />
          <NumberField
            source="mallData.amounts.billed"
            locales="ja-JP"
            options={{ style: 'currency', currency: 'JPY' }}
          />
          <TextField source="mallData.buyerRemarks" emptyText="-" />
        </SimpleShowLayout>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <OrderTimeline />
      </Grid>
    </Grid>
  </Show>
);
