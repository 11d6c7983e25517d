import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { customerApi } from '../dataProvider/customers';
import { ApiError } from '../dataProvider/orders';

/** ブラックリスト登録 (with a reason, asked for in a dialog) and 解除; a refusal shows its reason. */
export const BlacklistActions = () => {
  const record = useRecordContext<{ id: string; blacklistReason: string | null }>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!record) return null;
  const run = (name: 'blacklist' | 'remove-from-blacklist', body: Record<string, unknown> = {}) =>
    customerApi
      .command(record.id, name, body)
      .then(() => {
        setOpen(false);
        setReason('');
        refresh();
      })
      .catch((error: unknown) => notify(error instanceof ApiError ? error.message : String(error), { type: 'error' }));
  if (record.blacklistReason !== null) {
    return (
      <Button
        variant="outlined"
        label="oms.customers.actions.remove_from_blacklist"
        onClick={() => run('remove-from-blacklist')}
      />
    );
  }
  return (
    <>
      <Button variant="outlined" color="error" label="oms.customers.actions.blacklist" onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{translate('oms.customers.actions.blacklist')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            multiline
            margin="dense"
            label={translate('oms.customers.blacklist_reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button
            variant="contained"
            color="error"
            label="oms.customers.actions.confirm_blacklist"
            disabled={reason.trim() === ''}
            onClick={() => run('blacklist', { reason })}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
