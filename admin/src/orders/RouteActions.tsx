import {
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { type ReactNode, useState } from 'react';
import { Button, useGetList, useTranslate } from 'react-admin';
import { RouteFlow } from '../processing-routes/RouteStatusesField';

type Run = (name: string, body?: Record<string, unknown>) => Promise<unknown>;
interface RoutedOrder {
  readonly status: string;
  readonly route: { readonly routeId: string; readonly name: string; readonly statuses: readonly string[] };
}

/** A button that opens a small dialog; 実行 sends the command and closes it (a refusal is notified by `run`). */
const CommandDialog = ({
  label,
  canRun,
  onRun,
  children,
}: {
  label: string;
  canRun: boolean;
  onRun: () => Promise<unknown>;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate(label)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button
            label="oms.orders.actions.run"
            variant="contained"
            disabled={!canRun}
            onClick={() => onRun().finally(() => setOpen(false))}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};

/** ステータス移動: to any other status on the order's own route, forwards or back. */
export const MoveStatusAction = ({ order, run }: { order: RoutedOrder; run: Run }) => {
  const translate = useTranslate();
  const [to, setTo] = useState('');
  const targets = order.route.statuses.filter((s) => s !== order.status);
  return (
    <CommandDialog label="oms.orders.actions.move" canRun={to !== ''} onRun={() => run('move', { to })}>
      <TextField
        select
        label={translate('oms.orders.move_to')}
        value={to}
        onChange={(e) => setTo(e.target.value)}
        fullWidth
      >
        {targets.map((s) => (
          <MenuItem key={s} value={s}>
            {translate(`oms.order_status.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <div>
        {translate('oms.orders.current_route', { name: order.route.name })}:{' '}
        <RouteFlow statuses={order.route.statuses} />
      </div>
    </CommandDialog>
  );
};

/** 処理ルート変更: the order gets a copy of the chosen route; starting over from its first status must be asked for. */
export const AssignRouteAction = ({ run }: { run: Run }) => {
  const translate = useTranslate();
  const { data: routes = [] } = useGetList<{ id: string; name: string; statuses: string[] }>('processing-routes', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'position', order: 'ASC' },
  });
  const [routeId, setRouteId] = useState('');
  const [startFromFirstStatus, setStartFromFirstStatus] = useState(false);
  const chosen = routes.find((r) => r.id === routeId);
  return (
    <CommandDialog
      label="oms.orders.actions.assign_route"
      canRun={chosen !== undefined}
      onRun={() => run('assign-route', { routeId, startFromFirstStatus })}
    >
      <TextField
        select
        label={translate('resources.processing-routes.name', { smart_count: 1 })}
        value={routeId}
        onChange={(e) => setRouteId(e.target.value)}
        fullWidth
      >
        {routes.map((r) => (
          <MenuItem key={r.id} value={r.id}>
            {r.name}
          </MenuItem>
        ))}
      </TextField>
      {chosen && (
        <div>
          <RouteFlow statuses={chosen.statuses} />
        </div>
      )}
      <FormControlLabel
        control={
          <Checkbox checked={startFromFirstStatus} onChange={(e) => setStartFromFirstStatus(e.target.checked)} />
        }
        label={translate('oms.orders.start_from_first_status')}
      />
    </CommandDialog>
  );
};
