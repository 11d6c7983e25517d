import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Roles as chips with their translated names (管理者, 担当者). */
export const RolesField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ roles: string[] }>();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5}>
      {record?.roles.map((role) => (
        <Chip key={role} size="small" label={translate(`oms.roles.${role}`, { _: role })} />
      ))}
    </Stack>
  );
};
