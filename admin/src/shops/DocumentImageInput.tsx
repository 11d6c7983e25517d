import { Box, Button, Typography } from '@mui/material';
import { useRef } from 'react';
import { useTranslate } from 'react-admin';

/** The file as a data URL (`data:image/png;base64,…`), as the API takes images. */
const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });

/**
 * A logo or 角印: its preview, a file chooser (PNG or JPEG; the server checks the bytes and the size) and a remove
 * button. Each change is saved at once with `onChange`.
 */
export const DocumentImageInput = ({
  label,
  value,
  onChange,
  testId,
}: {
  readonly label: string;
  readonly value: string | null;
  readonly onChange: (dataUrl: string | null) => Promise<void>;
  readonly testId: string;
}) => {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, my: 1 }} data-testid={testId}>
      <Typography sx={{ minWidth: 80 }}>{translate(label)}</Typography>
      <Box
        sx={{ width: 96, height: 96, border: 1, borderColor: 'divider', display: 'grid', placeItems: 'center' }}
        aria-label={translate(label)}
      >
        {value ? (
          <img src={value} alt={translate(label)} style={{ maxWidth: 92, maxHeight: 92 }} />
        ) : (
          <Typography variant="caption">{translate('oms.documents.no_image')}</Typography>
        )}
      </Box>
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg"
        hidden
        aria-label={`${translate(label)} ${translate('oms.documents.choose_image')}`}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) await onChange(await readAsDataUrl(file));
        }}
      />
      <Button variant="outlined" onClick={() => input.current?.click()}>
        {translate('oms.documents.choose_image')}
      </Button>
      {value && (
        <Button color="error" onClick={() => onChange(null)}>
          {translate('oms.documents.remove_image')}
        </Button>
      )}
    </Box>
  );
};
