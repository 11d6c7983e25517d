import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';

/**
 * A reason for a hold or a cancellation: chosen from the tenant's canned phrases (定型文) of that category, or typed.
 * Choosing a phrase fills the text, which can still be edited.
 */
export const ReasonPicker = ({
  category,
  value,
  onChange,
}: {
  category: 'hold' | 'cancel';
  value: string;
  onChange: (reason: string) => void;
}) => {
  const translate = useTranslate();
  const { data: phrases = [] } = useGetList<{ id: string; text: string }>('canned-phrases', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'category', order: 'ASC' },
    filter: { category },
  });
  const chosen = phrases.find((p) => p.text === value)?.id ?? '';
  return (
    <>
      <TextField
        select
        fullWidth
        margin="dense"
        label={translate('oms.reasons.canned')}
        value={chosen}
        onChange={(e) => onChange(phrases.find((p) => p.id === e.target.value)?.text ?? '')}
      >
        {phrases.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.text}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        fullWidth
        multiline
        margin="dense"
        required
        label={translate('oms.reasons.reason')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
    </>
  );
};
