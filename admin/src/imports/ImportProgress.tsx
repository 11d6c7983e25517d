import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportRecord } from './upload-import';

export type ImportCounts = NonNullable<ImportRecord['progress']>;

/** 取込処理中 with the orders done so far, once the server has told any. */
export const ImportProgress = ({ counts }: { counts: ImportCounts | undefined }) => {
  const translate = useTranslate();
  const n = (value: number) => value.toLocaleString('ja-JP');
  const text = counts
    ? translate('oms.imports.processing_counts', {
        done: n(counts.imported + counts.updated + counts.unchanged + counts.failed),
        imported: n(counts.imported),
        failed: n(counts.failed),
      })
    : translate('oms.imports.processing');
  return (
    <Box aria-live="polite">
      <Typography variant="body2">{text}</Typography>
      <LinearProgress variant="indeterminate" />
    </Box>
  );
};
