import { Box, Button, Checkbox, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useGetList, useNotify, useTranslate } from 'react-admin';
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
  const [cursor, setCursor] = useState<number | null>(null);
  const [sending, setSending] = useState(false);
  const act = useEnquiryAction(enquiryId);
  const { data: phrases = [] } = useGetList<{ id: string; text: string }>('canned-phrases', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'category', order: 'ASC' },
    filter: { category: 'mail' },
  });
  const insert = (phrase: string) => {
    const at = cursor ?? text.length;
    setText(text.slice(0, at) + phrase + text.slice(at));
    setCursor(at + phrase.length);
  };
  const submit = async () => {
    setSending(true);
    const ok = await act('answer', { text, sendMail }, translate('oms.enquiries.answered'));
    setSending(false);
    if (ok) setText('');
  };
  return (
    <Stack spacing={1} component="form" aria-label={translate('oms.enquiries.answer')}>
      {phrases.length > 0 && (
        <TextField
          select
          size="small"
          label={translate('oms.enquiries.canned')}
          value=""
          onChange={(e) => insert(phrases.find((p) => p.id === e.target.value)?.text ?? '')}
          sx={{ maxWidth: 360 }}
        >
          {phrases.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.text}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        multiline
        minRows={4}
        fullWidth
        label={translate('oms.enquiries.answer')}
        helperText={`${translate('oms.enquiries.answer_help')}（${[...text].length}/${ANSWER_MAX}）`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSelect={(e) => setCursor((e.target as HTMLTextAreaElement).selectionStart)}
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
