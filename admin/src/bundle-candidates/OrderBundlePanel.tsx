import { Alert, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useCan } from '../auth/useCan';
import { SlipSection } from '../orders/OrderSlip/SlipSection';
import { BundledOrdersTable } from './BundledOrdersTable';
import { bundleApi, type BundledOrder } from './bundleApi';

interface OrderWithBundle {
  id: string;
  bundle?: {
    bundleId: string;
    orders: BundledOrder[];
    /** Orders a re-import changed after the merge. */
    changedAtMall?: { orderId: string; orderNumber: string }[];
    /** What was printed or exported for the parcel before such a change (or an edit) and not made again. */
    outdated?: ('documents' | 'labels')[];
  } | null;
  bundleCandidates?: BundledOrder[];
}

/** 同梱 on the order page: the bundle the order ships in with 同梱解除, or its 同梱候補 with 同梱する. */
export const OrderBundlePanel = () => {
  const record = useRecordContext<OrderWithBundle>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const canProcess = useCan('orders.process');
  const [busy, setBusy] = useState(false);
  if (!record || (!record.bundle && !record.bundleCandidates?.length)) return null;
  const act = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    try {
      await action();
      notify(message, { type: 'info' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const { bundle, bundleCandidates = [] } = record;
  return (
    <SlipSection
      title="oms.bundles.panel_title"
      action={
        canProcess &&
        (bundle ? (
          <Button
            size="small"
            disabled={busy}
            onClick={() => void act(() => bundleApi.unbundle(record.id), 'oms.bundles.split')}
          >
            {translate('oms.bundles.unbundle')}
          </Button>
        ) : (
          <Button
            size="small"
            variant="contained"
            disabled={busy}
            onClick={() =>
              void act(() => bundleApi.bundle([record.id, ...bundleCandidates.map((o) => o.id)]), 'oms.bundles.merged')
            }
          >
            {translate('oms.bundles.merge')}
          </Button>
        ))
      }
    >
      {bundle && (bundle.changedAtMall?.length || bundle.outdated?.length) ? (
        <Alert severity="warning" role="alert" sx={{ mb: 1 }}>
          {(bundle.changedAtMall ?? []).map(({ orderId, orderNumber }) => (
            <div key={orderId}>{translate('oms.bundles.changed_at_mall', { number: orderNumber })}</div>
          ))}
          {(bundle.outdated ?? []).map((what) => (
            <div key={what}>{translate(`oms.bundles.outdated_${what}`)}</div>
          ))}
        </Alert>
      ) : null}
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate(bundle ? 'oms.bundles.bundled' : 'oms.bundles.candidates')}
      </Typography>
      <BundledOrdersTable orders={bundle ? bundle.orders : bundleCandidates} />
    </SlipSection>
  );
};
