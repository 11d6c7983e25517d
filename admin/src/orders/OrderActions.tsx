import { MenuItem, Select, Stack } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ApiError, orderApi } from '../dataProvider/orders';

/** The order's own actions; a refusal shows its reason (e.g. which status it cannot move to). */
export const OrderActions = () => {
  const record = useRecordContext<{ id: string; status: string; revision: number }>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [box, setBox] = useState(1);
  if (!record) return null;
  const run = (name: string, body: Record<string, unknown> = {}) =>
    orderApi
      .command(record.id, name, { ...body, expectedRevision: record.revision })
      .then(() => refresh())
      .catch((error: unknown) => notify(error instanceof ApiError ? error.message : String(error), { type: 'error' }));
  const held = record.status === 'held';
  return (
    <Stack direction="row" spacing={1} sx={{ my: 1, alignItems: "center" }}>
      {!held && record.status !== 'cancelled' && record.status !== 'completed' && <Button variant="contained" label="oms.orders.actions.advance" onClick={() => run('advance')} />}
      {!held && record.status !== 'cancelled' && (
        <>
          <Select size="small" value={box} onChange={(e) => setBox(Number(e.target.value))} aria-label={translate('oms.orders.hold_box')}>
            {Array.from({ length: 30 }, (_, i) => (
              <MenuItem key={i + 1} value={i + 1}>{`${translate('oms.orders.hold_box')} ${i + 1}`}</MenuItem>
            ))}
          </Select>
          <Button label="oms.orders.actions.hold" onClick={() => run('hold', { box, reason: translate('oms.orders.held_by_staff') })} />
        </>
      )}
      {held && <Button variant="contained" label="oms.orders.actions.release" onClick={() => run('release')} />}
    </Stack>
  );
};

