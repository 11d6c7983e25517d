import { Box, Button, Checkbox, FormControlLabel, Stack, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { CannedPhraseInserter } from '../canned-phrases/CannedPhraseInserter';
import { insertAtCursor, placeCaret } from '../canned-phrases/insert-at-cursor';
import { httpClient } from '../dataProvider/http-client';

/** As the API counts it (characters, not UTF-16 units); the API refuses a longer one with the field's path. */
const ANSWER_MAX = 4000;

/** Posts to the thread; the list, the badge and the order's panel are read again after it. */
export const useEnquiryAction = (enquiryId: string) => {
  const notify = useNotify();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  return async (action: 'answer' | 'state', body: Record<string, unknown>, done: string): Promise<boolean> => {
    let refused: readonly { readonly message: string }[];
    try {
      const { json } = await httpClient(`/api/enquiries/${encodeURIComponent(enquiryId)}/${action}`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      refused = (json as { mail?: { refused: { message: string }[] } | null }).mail?.refused ?? [];
    } catch (error: unknown) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return false;
    }
    // The answer is kept and shown on the buyer's page even when its mail cannot go (no address): staff are told.
    if (refused.length > 0)
      notify(`${done}（${translate('oms.enquiries.mail_refused')}: ${refused.map((r) => r.message).join(' / ')}）`, {
        type: 'warning',
      });
    else notify(done, { type: 'success' });
    await queryClient.invalidateQueries();
    return true;
  };
};

/** The shop's answer: typed, or started from a mail 定型文 inserted where the cursor is; sent by mail unless unticked. */
export const AnswerBox = ({ enquiryId }: { enquiryId: string }) => {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const [sendMail, setSendMail] = useState(true);
  const [sending, setSending] = useState(false);
  const act = useEnquiryAction(enquiryId);
  const box = useRef<HTMLTextAreaElement>(null);
  const insert = (phrase: string) => {
    const { value, caret } = insertAtCursor(text, phrase, box.current);
    setText(value);
    placeCaret(box.current, caret);
  };
  const submit = async () => {
    setSending(true);
    const ok = await act('answer', { text, sendMail }, translate('oms.enquiries.answered'));
    setSending(false);
    if (ok) setText('');
  };
  return (
    <Stack spacing={1} component="form" aria-label={translate('oms.enquiries.answer')}>
      <Box>
        <CannedPhraseInserter category="mail" onInsert={insert} />
      </Box>
      <TextField
        multiline
        minRows={4}
        fullWidth
        label={translate('oms.enquiries.answer')}
        helperText={`${translate('oms.enquiries.answer_help')}（${[...text].length}/${ANSWER_MAX}）`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        inputRef={box}
        slotProps={{ htmlInput: { 'data-testid': 'enquiry-answer' } }}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <FormControlLabel
          control={<Checkbox checked={sendMail} onChange={(e) => setSendMail(e.target.checked)} />}
          label={translate('oms.enquiries.send_mail')}
        />
        <Button
          variant="contained"
          disabled={sending || text.trim() === '' || [...text].length > ANSWER_MAX}
          onClick={() => void submit()}
        >
          {translate('oms.enquiries.submit')}
        </Button>
      </Box>
    </Stack>
  );
};
