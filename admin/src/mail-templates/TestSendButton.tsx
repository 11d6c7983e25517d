import SendIcon from '@mui/icons-material/Send';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { rememberedTestAddress, rememberTestAddress, testSend, type Trial } from './mailTemplatesApi';

/**
 * テスト送信: the mail as previewed, to the staff member's own address (remembered in this browser), through the
 * shop's mail server. The subject says 【テスト送信】; nothing is recorded on the order.
 */
export const TestSendButton = ({ trial }: { trial: Trial | undefined }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [sending, setSending] = useState(false);
  const send = async () => {
    if (!trial) return;
    setSending(true);
    try {
      const sent = await testSend({ ...trial, to: to.trim() });
      rememberTestAddress(to.trim());
      notify('oms.mail_templates.test_sent', { type: 'success', messageArgs: { to: sent.to } });
      setOpen(false);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setSending(false);
    }
  };
  return (
    <>
      <Button
        label="oms.mail_templates.test_send"
        onClick={() => {
          setTo(rememberedTestAddress());
          setOpen(true);
        }}
        disabled={!trial}
      >
        <SendIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('oms.mail_templates.test_send')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('oms.mail_templates.test_send_help')}</DialogContentText>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            type="email"
            label={translate('oms.mail_templates.test_address')}
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} disabled={sending} />
          <Button
            variant="contained"
            label="oms.mail_templates.send"
            onClick={() => void send()}
            disabled={sending || to.trim() === ''}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
