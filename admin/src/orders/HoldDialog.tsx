import { Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useGetList, useTranslate } from 'react-admin';
import { ReasonPicker } from './ReasonPicker';

/** 保留: the box (by the tenant's names) and the reason, for one order or the selected ones. */
export const HoldDialog = ({
  open,
  onClose,
  onHold,
}: {
  open: boolean;
  onClose: () => void;
  onHold: (box: number, reason: string) => Promise<unknown>;
}) => {
  const translate = useTranslate();
  const [box, setBox] = useState(1);
  const [reason, setReason] = useState('');
  const { data: boxes = [] } = useGetList<{ id: number; name: string }>('hold-boxes', {
    pagination: { page: 1, perPage: 30 },
    sort: { field: 'id', order: 'ASC' },
  });
  const close = () => {
    setReason('');
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{translate('oms.reasons.hold_title')}</DialogTitle>
      <DialogContent>
        <TextField
          select
          fullWidth
          margin="dense"
          label={translate('oms.orders.hold_box')}
          value={boxes.length ? box : ''}
          onChange={(e) => setBox(Number(e.target.value))}
        >
          {boxes.map((b) => (
            <MenuItem key={b.id} value={b.id}>
              {b.name}
            </MenuItem>
          ))}
        </TextField>
        <ReasonPicker category="hold" value={reason} onChange={setReason} />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={close} />
        <Button
          variant="contained"
          label="oms.orders.actions.hold"
          disabled={reason.trim() === ''}
          onClick={() => void onHold(box, reason.trim()).then(close)}
        />
      </DialogActions>
    </Dialog>
  );
};
