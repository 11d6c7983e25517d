import { Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { httpClient } from '../dataProvider/http-client';
import { SlipSection } from '../orders/OrderSlip/SlipSection';
import { tokyoDateTime } from '../orders/OrderSlip/format';
import type { EnquiryRecord } from './EnquiryList';
import { EnquiryStateChip } from './EnquiryStateChip';

/** 問い合わせ on the order page: the order's threads, each opening its conversation. */
export const OrderEnquiries = () => {
  const order = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const { data: threads = [] } = useQuery({
    queryKey: ['orders', 'enquiries', order?.id],
    enabled: order !== undefined,
    queryFn: async () =>
      (await httpClient(`/api/orders/${encodeURIComponent(order!.id)}/enquiries`)).json as EnquiryRecord[],
  });
  if (!order) return null;
  return (
    <SlipSection title="oms.enquiries.panel" side="shop">
      {threads.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {translate('oms.enquiries.none')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {threads.map((thread) => (
            <ListItem
              key={thread.id}
              disableGutters
              secondaryAction={
                <Button size="small" component={RouterLink} to={`/enquiries/${encodeURIComponent(thread.id)}/show`}>
                  {translate('oms.enquiries.open_thread')}
                </Button>
              }
            >
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <EnquiryStateChip state={thread.state} />
                    <Typography variant="caption">
                      {tokyoDateTime(thread.lastMessageAt)} ・{' '}
                      {translate('oms.enquiries.messages', { count: thread.messageCount })}
                    </Typography>
                  </Stack>
                }
                secondary={thread.excerpt}
                slotProps={{ secondary: { sx: { whiteSpace: 'pre-line', pr: 8 } } }}
              />
            </ListItem>
          ))}
        </List>
      )}
    </SlipSection>
  );
};
