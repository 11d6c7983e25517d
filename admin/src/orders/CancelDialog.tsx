import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { ReasonPicker } from './ReasonPicker';

/** キャンセル: says it cannot be undone and asks why, for one order or the selected ones. */
export const CancelDialog = ({
  open,
  onClose,
  onCancel,
}: {
  open: boolean;
  onClose: () => void;
  onCancel: (reason: string) => Promise<unknown>;
}) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{translate('oms.orders.cancel_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('oms.orders.cancel_content')}</DialogContentText>
        <ReasonPicker category="cancel" value={reason} onChange={setReason} />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.back" onClick={close} />
        <Button
          variant="contained"
          color="error"
          label="oms.orders.confirm_cancel"
          disabled={reason.trim() === ''}
          onClick={() => void onCancel(reason.trim()).then(close)}
        />
      </DialogActions>
    </Dialog>
  );
};
