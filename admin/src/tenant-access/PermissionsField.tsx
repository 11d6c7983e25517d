import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export const PermissionsField = (_props: { source: string; label?: string }) => {
  const record = useRecordContext<{ permissions: string[] }>();
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {record?.permissions.map((p) => (
        <Chip key={p} size="small" label={translate(`oms.permissions.${p}`, { _: p })} />
      ))}
    </Stack>
  );
};
