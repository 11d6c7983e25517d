import EditIcon from '@mui/icons-material/Edit';
import { Box, IconButton, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { useCan } from '../../auth/useCan';
import { CannedPhraseInserter } from '../../canned-phrases/CannedPhraseInserter';
import { insertAtCursor, placeCaret } from '../../canned-phrases/insert-at-cursor';
import { useOrderCommand } from './useOrderCommand';

/**
 * A shop text field edited where it is read: the pencil opens a box, 保存 sends the one command that changes it. With
 * `cannedCategory`, the tenant's canned phrases (定型文) of that category can be put in at the cursor.
 */
export const EditableText = ({
  label,
  value,
  command,
  field,
  maxLength,
  cannedCategory,
}: {
  label: string;
  value: string;
  command: string;
  field: string;
  maxLength: number;
  cannedCategory?: 'memo' | 'mail';
}) => {
  const translate = useTranslate();
  const run = useOrderCommand();
  const canEdit = useCan('orders.process');
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const box = useRef<HTMLTextAreaElement | null>(null);
  const name = translate(label);
  const save = async () => {
    setSaving(true);
    const accepted = await run(command, { [field]: draft });
    setSaving(false);
    if (accepted) setDraft(null);
  };
  if (draft !== null) {
    return (
      <Box sx={{ mb: 1.5 }}>
        <TextField
          label={name}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          multiline
          minRows={2}
          fullWidth
          autoFocus
          inputRef={box}
          slotProps={{ htmlInput: { maxLength } }}
        />
        <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
          <Button variant="contained" label="ra.action.save" onClick={() => void save()} disabled={saving} />
          <Button label="ra.action.cancel" onClick={() => setDraft(null)} disabled={saving} />
          {cannedCategory && (
            <CannedPhraseInserter
              category={cannedCategory}
              onInsert={(text) => {
                const next = insertAtCursor(draft, text, box.current);
                setDraft(next.value);
                placeCaret(box.current, next.caret);
              }}
            />
          )}
        </Stack>
      </Box>
    );
  }
  return (
    <Box sx={{ mb: 1.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {name}
        </Typography>
        {canEdit && (
          <IconButton
            size="small"
            aria-label={translate('oms.order_slip.edit', { field: name })}
            onClick={() => setDraft(value)}
          >
            <EditIcon fontSize="small" />
          </IconButton>
        )}
      </Stack>
      {/* pre-wrap: a memo's line breaks are part of what staff wrote. */}
      <Typography aria-label={name} sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value === '' ? '-' : value}
      </Typography>
    </Box>
  );
};
