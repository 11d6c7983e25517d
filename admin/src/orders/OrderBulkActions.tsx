import { useState } from 'react';
import { Button, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { useCan } from '../auth/useCan';
import { orderApi } from '../dataProvider/orders';
import { CancelDialog } from './CancelDialog';
import { PrintDocumentsButton } from '../documents/PrintDocumentsButton';
import { ExportLabelsButton } from '../labels/ExportLabelsButton';
import { ChangeBulkActions } from './ChangeBulkActions';
import { HoldDialog } from './HoldDialog';
import { SendShippingMailButton } from './mails/SendShippingMailButton';
import { type BulkAnswer, SlipBulkEdit } from './SlipBulkEdit';
import { AddItemBulkAction } from './AddItemBulkAction';

/** An order counts as failed when any of the commands sent for it was refused; the first refusal is shown. */
const summarise = (answers: readonly BulkAnswer[]) => {
  const failed = new Map<string, string | undefined>();
  const all = new Set<string>();
  for (const { results } of answers)
    for (const r of results) {
      all.add(r.id);
      if (!r.ok && !failed.has(r.id)) failed.set(r.id, r.error?.ja);
    }
  return {
    succeeded: all.size - failed.size,
    failed: failed.size,
    reason: [...failed.values()].find((text) => text !== undefined),
  };
};

/** 一括処理: each order succeeds or fails on its own; the notice says how many of each. */
export const OrderBulkActions = () => {
  const { selectedIds, filterValues } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('orders');
  const translate = useTranslate();
  const canProcess = useCan('orders.process');
  const canCancel = useCan('orders.cancel');
  const [dialog, setDialog] = useState<'hold' | 'cancel' | undefined>();
  const runBulk = (name: string, body: Record<string, unknown> = {}) =>
    orderApi.bulk(selectedIds as string[], name, body) as Promise<BulkAnswer & { succeeded: number; failed: number }>;
  const done = (answers: BulkAnswer[]) => {
    const { succeeded, failed, reason } = summarise(answers);
    const counts = translate('oms.orders.bulk_result', { succeeded, failed });
    notify(reason ? `${counts}: ${reason}` : counts, { type: failed ? 'warning' : 'info' });
    unselectAll();
    refresh();
  };
  const run = async (name: string, body: Record<string, unknown> = {}) => done([await runBulk(name, body)]);
  if (!canProcess && !canCancel) return null;
  return (
    <>
      {canProcess && (
        <>
          {filterValues.status === 'awaiting_shipping_mail' && <SendShippingMailButton />}
          <Button label="oms.orders.actions.advance" onClick={() => run('advance')} />
          <Button label="oms.orders.actions.hold" onClick={() => setDialog('hold')} />
          <Button label="oms.orders.actions.release" onClick={() => run('release')} />
          <HoldDialog
            open={dialog === 'hold'}
            onClose={() => setDialog(undefined)}
            onHold={(box, reason) => run('hold', { box, reason })}
          />
          <SlipBulkEdit runBulk={runBulk} onDone={done} />
          <AddItemBulkAction runBulk={runBulk} onDone={done} />
          <PrintDocumentsButton label="oms.printing.print" target={() => ({ ids: selectedIds as string[] })} />
          <ExportLabelsButton label="oms.labels.export" target={() => ({ ids: selectedIds as string[] })} />
          <ChangeBulkActions runBulk={runBulk} onDone={done} />
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
