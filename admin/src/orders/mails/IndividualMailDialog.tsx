import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { CannedPhraseInserter } from '../../canned-phrases/CannedPhraseInserter';
import { insertAtCursor, placeCaret } from '../../canned-phrases/insert-at-cursor';
import { Button, useNotify, useTranslate } from 'react-admin';
import { mailApi } from './mail-api';

const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const IMAGE_TYPES = 'image/png,image/jpeg,image/gif';

/**
 * 個別メール: a mail staff write for this one order, sent by the queue as written, optionally with one image that the
 * buyer also finds on their order's page. The server checks the image again (type by its bytes, size).
 */
export const IndividualMailDialog = ({ orderId, onSent }: { orderId: string; onSent: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [image, setImage] = useState<File | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const bodyBox = useRef<HTMLTextAreaElement>(null);
  const insertPhrase = (text: string) => {
    const { value, caret } = insertAtCursor(body, text, bodyBox.current);
    setBody(value);
    placeCaret(bodyBox.current, caret);
  };
  const close = () => {
    setOpen(false);
    setError(undefined);
  };
  const submit = () => {
    setSending(true);
    mailApi
      .sendIndividual(orderId, { subject, body, ...(image && { image }) })
      .then(() => {
        notify('oms.order_mails.individual.sent', { type: 'info' });
        setSubject('');
        setBody('');
        setImage(undefined);
        close();
        onSent();
      })
      .catch((failure: Error) => setError(failure.message))
      .finally(() => setSending(false));
  };
  const tooLarge = image !== undefined && image.size > MAX_IMAGE_BYTES;
  return (
    <>
      <Button label="oms.order_mails.individual.open" onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={close} fullWidth maxWidth="md">
        <DialogTitle>{translate('oms.order_mails.individual.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error && <Alert severity="error">{error}</Alert>}
            <TextField
              label={translate('oms.order_mails.individual.subject')}
              value={subject}
              onChange={(event) => setSubject(event.target.value)}
              required
              fullWidth
            />
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {translate('oms.order_mails.individual.merge_help')}
              </Typography>
              <CannedPhraseInserter category="mail" onInsert={insertPhrase} />
            </Stack>
            <TextField
              label={translate('oms.order_mails.individual.body')}
              inputRef={bodyBox}
              value={body}
              onChange={(event) => setBody(event.target.value)}
              required
              multiline
              minRows={8}
              fullWidth
            />
            <Stack spacing={0.5}>
              <Typography variant="body2" component="label">
                {translate('oms.order_mails.individual.image')}
                <input
                  type="file"
                  accept={IMAGE_TYPES}
                  aria-label={translate('oms.order_mails.individual.image')}
                  style={{ display: 'block', marginTop: 4 }}
                  onChange={(event) => setImage(event.target.files?.[0])}
                />
              </Typography>
              <Typography variant="caption" sx={{ color: tooLarge ? 'error.main' : 'text.secondary' }}>
                {translate(
                  tooLarge ? 'oms.order_mails.individual.image_too_large' : 'oms.order_mails.individual.image_help',
                )}
              </Typography>
            </Stack>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button
            label="oms.order_mails.individual.send"
            variant="contained"
            disabled={sending || tooLarge || subject.trim() === '' || body.trim() === ''}
            onClick={submit}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
