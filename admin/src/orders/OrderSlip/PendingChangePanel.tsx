import { Alert, AlertTitle, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { Table, TableBody, TableCell, TableHead, TableRow, alpha } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import type { MallOrderData } from '../../../../domain/order/order-data';
import type { PendingChange } from '../../../../domain/order/state';
import { useCan } from '../../auth/useCan';
import { AmountProblemsAlert } from './AmountProblemsAlert';
import { ChangeValue } from './ChangeValue';
import { useOrderCommand } from './useOrderCommand';

/**
 * A re-import that arrived once the order was past 発送待ち waits for a person: each changed field side by side, what
 * the order holds now against what the mall says now, and the two ways out.
 */
export const PendingChangePanel = ({ change, mallData }: { change: PendingChange; mallData: MallOrderData }) => {
  const translate = useTranslate();
  const run = useOrderCommand();
  const canProcess = useCan('orders.process');
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const t = (key: string) => translate(`oms.order_slip.pending.${key}`);
  const fields = Object.keys(change.changes) as (keyof MallOrderData)[];
  const reject = async () => {
    if (await run('reject-change', { changeId: change.changeId, reason: reason.trim() })) setRejecting(false);
  };
  return (
    <Alert severity="warning" icon={false} sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <AlertTitle>{t('title')}</AlertTitle>
      {t('help')}
      {change.cancelledAtMall && (
        <Alert severity="error" sx={{ my: 1 }}>
          {t('cancelled_at_mall')}
        </Alert>
      )}
      {fields.length > 0 && (
        <Table size="small" aria-label={t('title')} sx={{ my: 1, bgcolor: 'background.paper', tableLayout: 'fixed' }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '9em' }}>{t('field')}</TableCell>
              <TableCell>{t('order_holds')}</TableCell>
              <TableCell>{t('mall_says')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fields.map((field) => (
              <TableRow key={field} sx={{ verticalAlign: 'top' }}>
                <TableCell component="th" scope="row">
                  {t(`fields.${field}`)}
                </TableCell>
                <TableCell>
                  <ChangeValue field={field} value={mallData[field]} />
                </TableCell>
                <TableCell sx={{ bgcolor: (theme) => alpha(theme.palette.warning.main, 0.15) }}>
                  <ChangeValue field={field} value={change.changes[field]!.after} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <AmountProblemsAlert problems={change.amountProblems} title="oms.order_slip.pending.amount_problems" />
      {canProcess && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button
            variant="contained"
            label="oms.order_slip.pending.confirm"
            onClick={() => void run('confirm-change', { changeId: change.changeId })}
          />
          <Button color="error" label="oms.order_slip.pending.reject" onClick={() => setRejecting(true)} />
        </Stack>
      )}
      <Dialog open={rejecting} onClose={() => setRejecting(false)} fullWidth maxWidth="sm">
        <DialogTitle>{t('reject_title')}</DialogTitle>
        <DialogContent>
          <TextField
            label={t('reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            minRows={2}
            fullWidth
            autoFocus
            sx={{ mt: 1 }}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setRejecting(false)} />
          <Button
            variant="contained"
            color="error"
            label="oms.order_slip.pending.reject"
            disabled={reason.trim() === ''}
            onClick={() => void reject()}
          />
        </DialogActions>
      </Dialog>
    </Alert>
  );
};
