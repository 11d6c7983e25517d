import { useState } from 'react';
import { Button, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { useCan } from '../auth/useCan';
import { orderApi } from '../dataProvider/orders';
import { CancelDialog } from './CancelDialog';
import { HoldDialog } from './HoldDialog';

/** 一括処理: each order succeeds or fails on its own; the notice says how many of each. */
export const OrderBulkActions = () => {
  const { selectedIds } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('orders');
  const translate = useTranslate();
  const canProcess = useCan('orders.process');
  const canCancel = useCan('orders.cancel');
  const [dialog, setDialog] = useState<'hold' | 'cancel' | undefined>();
  const run = async (name: string, body: Record<string, unknown> = {}) => {
    const result = await orderApi.bulk(selectedIds as string[], name, body);
    notify(translate('oms.orders.bulk_result', { succeeded: result.succeeded, failed: result.failed }), {
      type: result.failed ? 'warning' : 'info',
    });
    unselectAll();
    refresh();
  };
  if (!canProcess && !canCancel) return null;
  return (
    <>
      {canProcess && (
        <>
          <Button label="oms.orders.actions.advance" onClick={() => run('advance')} />
          <Button label="oms.orders.actions.hold" onClick={() => setDialog('hold')} />
          <Button label="oms.orders.actions.release" onClick={() => run('release')} />
          <HoldDialog
            open={dialog === 'hold'}
            onClose={() => setDialog(undefined)}
            onHold={(box, reason) => run('hold', { box, reason })}
          />
        </>
      )}
      {canCancel && (
        <>
          <Button color="error" label="oms.orders.actions.cancel" onClick={() => setDialog('cancel')} />
          <CancelDialog
            open={dialog === 'cancel'}
            onClose={() => setDialog(undefined)}
            onCancel={(reason) => run('cancel', { reason })}
          />
        </>
      )}
    </>
  );
};
