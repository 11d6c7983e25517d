import { Typography } from '@mui/material';
import { type FieldProps, useLocale, useRecordContext } from 'react-admin';
import type { ProjectionStatus } from './types';

/** Events still to apply: "+" when the server stopped counting, in the warning colour while behind. */
export const LagField = (_props: FieldProps<ProjectionStatus>) => {
  const record = useRecordContext<ProjectionStatus>();
  const locale = useLocale();
  if (!record) return null;
  const behind = record.lag > 0;
  return (
    <Typography component="span" variant="body2" sx={behind ? { color: 'warning.main', fontWeight: 700 } : undefined}>
      {record.lag.toLocaleString(locale)}
      {record.lagIsAtLeast ? '+' : ''}
    </Typography>
  );
};
