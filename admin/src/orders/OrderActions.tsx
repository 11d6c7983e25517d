import { Stack } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { useCan } from '../auth/useCan';
import { ApiError, orderApi } from '../dataProvider/orders';
import { CancelDialog } from './CancelDialog';
import { HoldDialog } from './HoldDialog';
import { AssignRouteAction, MoveStatusAction } from './RouteActions';

/** The order's own actions; a refusal shows its reason (e.g. which status it cannot move to). */
export const OrderActions = () => {
  const record = useRecordContext<{
    id: string;
    status: string;
    revision: number;
    route?: { routeId: string; name: string; statuses: string[] };
  }>();
  const notify = useNotify();
  const refresh = useRefresh();
  const canCancel = useCan('orders.cancel');
  const canProcess = useCan('orders.process');
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [holding, setHolding] = useState(false);
  if (!record) return null;
  const run = (name: string, body: Record<string, unknown> = {}) =>
    orderApi
      .command(record.id, name, { ...body, expectedRevision: record.revision })
      .then(() => refresh())
      .catch((error: unknown) => notify(error instanceof ApiError ? error.message : String(error), { type: 'error' }));
  const held = record.status === 'held';
  // Without the permission the server refuses anyway; not offering the button saves the user the refusal.
  const processing = canProcess && record.status !== 'cancelled';
  return (
    // Wrap rather than squeeze: a Japanese label may break after any character.
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ my: 1, alignItems: 'center', flexWrap: 'wrap', '& > *': { flexShrink: 0 } }}
    >
      {processing && !held && record.status !== 'completed' && (
        <Button variant="contained" label="oms.orders.actions.advance" onClick={() => run('advance')} />
      )}
      {processing && !held && (
        <>
          <Button label="oms.orders.actions.hold" onClick={() => setHolding(true)} />
          <HoldDialog
            open={holding}
            onClose={() => setHolding(false)}
            onHold={(box, reason) => run('hold', { box, reason })}
          />
        </>
      )}
      {processing && held && (
        <Button variant="contained" label="oms.orders.actions.release" onClick={() => run('release')} />
      )}
      {processing && !held && record.route && (
        <>
          <MoveStatusAction order={{ ...record, route: record.route }} run={run} />
          <AssignRouteAction run={run} />
        </>
      )}
      {canCancel && record.status !== 'cancelled' && (
        <>
          <Button color="error" label="oms.orders.actions.cancel" onClick={() => setConfirmingCancel(true)} />
          <CancelDialog
            open={confirmingCancel}
            onClose={() => setConfirmingCancel(false)}
            onCancel={(reason) => run('cancel', { reason })}
          />
        </>
      )}
    </Stack>
  );
};
