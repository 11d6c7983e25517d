import { Box, Card, CardContent, CardHeader } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { dashboardApi } from '../dataProvider/dashboard';
import { CountLink } from './CountLink';

/** お届け希望日アラーム: open orders due today or earlier, tomorrow, and the day after (Tokyo dates). */
export const DeliveryAlarms = ({ refreshSeconds }: { refreshSeconds: number }) => {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['delivery-alarms'],
    queryFn: () => dashboardApi.deliveryAlarms(),
    refetchInterval: refreshSeconds * 1000,
  });
  const alarms = [
    { key: 'due_or_overdue', alarm: data?.dueOrOverdue, tone: 'error' as const },
    { key: 'tomorrow', alarm: data?.tomorrow, tone: 'warning' as const },
    { key: 'day_after_tomorrow', alarm: data?.dayAfterTomorrow, tone: undefined },
  ];
  return (
    <Card>
      <CardHeader
        title={translate('oms.dashboard.delivery_alarms')}
        subheader={data && translate('oms.dashboard.as_of', { date: data.today })}
      />
      <CardContent sx={{ pt: 0 }}>
        <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(3, 1fr)' }}>
          {alarms.map(({ key, alarm, tone }) => (
            <CountLink
              key={key}
              label={translate(`oms.dashboard.alarm.${key}`)}
              count={alarm?.count}
              filter={alarm?.filter ?? {}}
              tone={tone}
            />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
