import { Box, Card, CardContent, CardHeader } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { WORKFLOW } from '../../../domain/order/status';
import { orderApi } from '../dataProvider/orders';
import { CountLink } from './CountLink';

/** Orders still being worked on: a finished or cancelled order needs no one's attention any more. */
const OPEN_STATUSES = [...WORKFLOW.filter((s) => s !== 'completed'), 'held'];

const ATTENTION = [
  { key: 'pending_change', filter: { pendingChange: true, status: OPEN_STATUSES }, tone: 'warning' },
  { key: 'amount_problems', filter: { amountProblems: true, status: OPEN_STATUSES }, tone: 'error' },
] as const;

const countOf = async (filter: Record<string, unknown>) => {
  const { status, ...others } = filter as { status: string[] };
  const counts = await orderApi.statusCounts(others);
  return status.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
};

/** 要確認: orders a person must look at (a change from the mall, amounts that do not add up), each opening the list. */
export const AttentionCounts = ({ refreshSeconds }: { refreshSeconds: number }) => {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['order-attention-counts'],
    queryFn: () => Promise.all(ATTENTION.map(({ filter }) => countOf(filter))),
    refetchInterval: refreshSeconds * 1000,
  });
  return (
    <Card>
      <CardHeader title={translate('oms.order_edits.dashboard.title')} />
      <CardContent sx={{ pt: 0 }}>
        <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: 'repeat(2, 1fr)', lg: 'repeat(5, 1fr)' } }}>
          {ATTENTION.map(({ key, filter, tone }, i) => (
            <CountLink
              key={key}
              label={translate(`oms.order_edits.badge.${key}`)}
              count={data?.[i]}
              filter={filter}
              tone={tone}
            />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
