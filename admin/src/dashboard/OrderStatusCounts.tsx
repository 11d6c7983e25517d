import { Box, Card, CardContent, CardHeader } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { orderApi } from '../dataProvider/orders';
import { STATUS_TABS } from '../orders/statuses';
import { CountLink } from './CountLink';

/** ステータス別件数: one tile per status tab, each opening that tab of the order list. */
export const OrderStatusCounts = ({ refreshSeconds }: { refreshSeconds: number }) => {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['order-status-counts', {}],
    queryFn: () => orderApi.statusCounts({}),
    refetchInterval: refreshSeconds * 1000,
  });
  return (
    <Card>
      <CardHeader title={translate('oms.dashboard.status_counts')} />
      <CardContent sx={{ pt: 0 }}>
        <Box
          sx={{
            display: 'grid',
            gap: 1,
            gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(3, 1fr)', lg: 'repeat(5, 1fr)' },
          }}
        >
          {STATUS_TABS.map((status) => (
            <CountLink
              key={status}
              label={translate(`oms.order_status.${status}`)}
              count={data?.[status]}
              filter={{ status }}
            />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
