import { Tab, Tabs } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useListContext, useTranslate } from 'react-admin';
import { orderApi } from '../dataProvider/orders';
import { STATUS_TABS } from './statuses';

/** One tab per status with its count for the other filters, like the status boxes of a 受注管理 screen. */
export const StatusTabs = () => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const { status: current = 'new', ...others } = filterValues as { status?: string | string[] };
  const { data: counts } = useQuery({
    queryKey: ['order-status-counts', others],
    queryFn: () => orderApi.statusCounts(others),
    refetchInterval: 10_000,
  });
  return (
    <Tabs
      variant="scrollable"
      value={typeof current === 'string' ? current : false}
      onChange={(_event, status: string) => setFilters({ ...filterValues, status }, displayedFilters)}
    >
      {STATUS_TABS.map((status) => (
        <Tab
          key={status}
          value={status}
          label={`${translate(`oms.order_status.${status}`)} (${counts?.[status] ?? 0})`}
        />
      ))}
    </Tabs>
  );
};
