import { Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';

/** A bulk action that asks first: the button opens a dialog; 実行 runs it on the selection and closes the dialog. */
export const BulkCommandDialog = ({
  label,
  canRun,
  onRun,
  onOpen,
  children,
}: {
  label: string;
  canRun: boolean;
  onRun: () => Promise<unknown>;
  onOpen?: () => void;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const [running, setRunning] = useState(false);
  return (
    <>
      <Button
        label={label}
        onClick={() => {
          onOpen?.();
          setOpen(true);
        }}
      />
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
            disabled={!canRun || running}
            onClick={() => {
              setRunning(true);
              void onRun()
                .catch((error: Error) => notify(error.message, { type: 'error' }))
                .finally(() => {
                  setRunning(false);
                  setOpen(false);
                });
            }}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
