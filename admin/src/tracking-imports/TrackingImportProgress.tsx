import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TrackingImportCounts } from './tracking-import-record';

/** 取込処理中 with the rows done so far, once the server has told any. */
export const TrackingImportProgress = ({ counts }: { counts: TrackingImportCounts | undefined }) => {
  const translate = useTranslate();
  const n = (value: number) => value.toLocaleString('ja-JP');
  const done = counts && counts.matched + counts.updated + counts.unchanged + counts.unmatched + counts.failed;
  return (
    <Box aria-live="polite">
      <Typography variant="body2">
        {counts && counts.rows > 0
          ? translate('oms.tracking_imports.processing_counts', { done: n(done ?? 0), rows: n(counts.rows) })
          : translate('oms.imports.processing')}
      </Typography>
      <LinearProgress variant="indeterminate" />
    </Box>
  );
};
