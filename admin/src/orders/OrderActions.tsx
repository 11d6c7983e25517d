import { MenuItem, Select, Stack } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, useGetList, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useCan } from '../auth/useCan';
import { ApiError, orderApi } from '../dataProvider/orders';
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
  const translate = useTranslate();
  const [box, setBox] = useState(1);
  const canCancel = useCan('orders.cancel');
  const canProcess = useCan('orders.process');
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const { data: boxes = [] } = useGetList<{ id: number; name: string }>('hold-boxes', {
    pagination: { page: 1, perPage: 30 },
    sort: { field: 'id', order: 'ASC' },
  });
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
          <Select
            size="small"
            value={box}
            onChange={(e) => setBox(Number(e.target.value))}
            aria-label={translate('oms.orders.hold_box')}
          >
            {boxes.map((b) => (
              <MenuItem key={b.id} value={b.id}>
                {b.name}
              </MenuItem>
            ))}
          </Select>
          <Button
            label="oms.orders.actions.hold"
            onClick={() => run('hold', { box, reason: translate('oms.orders.held_by_staff') })}
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
          <Confirm
            isOpen={confirmingCancel}
            title="oms.orders.cancel_title"
            content="oms.orders.cancel_content"
            confirm="oms.orders.confirm_cancel"
            cancel="ra.action.back"
            onConfirm={() => {
              setConfirmingCancel(false);
              void run('cancel', { reason: translate('oms.orders.cancelled_by_staff') });
            }}
            onClose={() => setConfirmingCancel(false)}
          />
        </>
      )}
    </Stack>
  );
};
