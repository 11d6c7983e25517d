import EventNoteIcon from '@mui/icons-material/EventNote';
import LastPageIcon from '@mui/icons-material/LastPage';
import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import StorageIcon from '@mui/icons-material/Storage';
import { Alert, Box, Card, CardHeader, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import type { Health, OmsDataProvider } from '../dataProvider';
import { AttentionCounts } from './AttentionCounts';
import { DeliveryAlarms } from './DeliveryAlarms';
import { LatestBulletinPosts } from './LatestBulletinPosts';
import { OrderStatusCounts } from './OrderStatusCounts';
import { ProjectionStatusTable } from './ProjectionStatusTable';
import { StatusCard, type Tone } from './StatusCard';

const REFRESH_SECONDS = 5;
/** Counts change with people's work, not second by second. */
const WORK_REFRESH_SECONDS = 30;

const statusTone: Record<Health['status'], Tone> = { ok: 'success', catching_up: 'warning', unavailable: 'error' };
const storeNames: Record<Health['eventStore']['kind'], string> = {
  postgresql: 'PostgreSQL',
  eventstoredb: 'EventStoreDB',
};

/**
 * The day's work first (delivery-date alarms, the bulletin board, counts per status, each count opening the order
 * list), then システム状態: what `/api/health` reports, polled so that staff see a projection catch up without reloading.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<OmsDataProvider>();
  const { data, error, isPending } = useQuery({
    queryKey: ['health'],
    queryFn: () => dataProvider.getHealth(),
    refetchInterval: REFRESH_SECONDS * 1000,
  });
  // Until the first answer "…"; afterwards "—" for what the answer (or a failure) left unknown.
  const unknown = data || error ? '—' : '…';
  const reachable = data?.database.reachable;

  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title="oms.dashboard.title" />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, 1fr)' } }}>
        <DeliveryAlarms refreshSeconds={WORK_REFRESH_SECONDS} />
        <LatestBulletinPosts />
      </Box>
      <AttentionCounts refreshSeconds={WORK_REFRESH_SECONDS} />
      <OrderStatusCounts refreshSeconds={WORK_REFRESH_SECONDS} />
      <Typography variant="h6" component="h2">
        {translate('oms.dashboard.system')}
      </Typography>
      {error && <Alert severity="error">{translate('oms.dashboard.load_error')}</Alert>}
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' } }}
      >
        <StatusCard
          icon={MonitorHeartIcon}
          title={translate('oms.dashboard.status')}
          value={data ? translate(`oms.health.status.${data.status}`) : unknown}
          tone={data && statusTone[data.status]}
        />
        <StatusCard
          icon={StorageIcon}
          title={translate('oms.dashboard.database')}
          value={
            reachable === undefined ? unknown : translate(reachable ? 'oms.health.reachable' : 'oms.health.unreachable')
          }
          tone={reachable === undefined ? undefined : reachable ? 'success' : 'error'}
        />
        <StatusCard
          icon={EventNoteIcon}
          title={translate('oms.dashboard.event_store')}
          value={data ? storeNames[data.eventStore.kind] : unknown}
        />
        <StatusCard
          icon={LastPageIcon}
          title={translate('oms.dashboard.head')}
          value={data?.eventStore.head ?? unknown}
        />
      </Box>
      <Card>
        <CardHeader
          title={translate('resources.projections.name', { smart_count: 2 })}
          subheader={translate('oms.dashboard.auto_refresh', { seconds: REFRESH_SECONDS })}
        />
        <ProjectionStatusTable projections={data?.projections ?? []} isPending={isPending} />
      </Card>
    </Box>
  );
};
