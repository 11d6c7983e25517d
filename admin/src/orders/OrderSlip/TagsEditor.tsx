import CancelIcon from '@mui/icons-material/Cancel';
import { Box, Chip, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { useCan } from '../../auth/useCan';
import { useOrderCommand } from './useOrderCommand';

/** タグ: each chip removes its tag, the box adds one; one command per tag, as the list's bulk tagging does. */
export const TagsEditor = ({ tags }: { tags: readonly string[] }) => {
  const translate = useTranslate();
  const run = useOrderCommand();
  const canEdit = useCan('orders.process');
  const [draft, setDraft] = useState('');
  const label = translate('oms.order_slip.tags');
  const add = async () => {
    const tag = draft.trim();
    if (tag !== '' && (await run('add-tag', { tag }))) setDraft('');
  };
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap', my: 0.5 }} aria-label={label}>
        {tags.length === 0 && '-'}
        {tags.map((tag) => (
          <Chip
            key={tag}
            label={tag}
            size="small"
            onDelete={canEdit ? () => void run('remove-tag', { tag }) : undefined}
            deleteIcon={<CancelIcon aria-label={translate('oms.order_slip.remove_tag', { tag })} />}
          />
        ))}
      </Stack>
      {canEdit && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            size="small"
            label={translate('oms.order_slip.new_tag')}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void add();
            }}
            slotProps={{ htmlInput: { maxLength: 50 } }}
            sx={{ flex: 1 }}
          />
          <Button
            label="oms.order_slip.add_tag"
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
            onClick={() => void add()}
            disabled={draft.trim() === ''}
          />
        </Stack>
      )}
    </Box>
  );
};
