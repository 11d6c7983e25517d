import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { TrackingImportRecord } from './tracking-import-record';

const COUNTS = ['matched', 'updated', 'unchanged', 'unmatched'] as const;

/** A 伝票番号取込's outcome: the counts, then each row not recorded with its file, line, key and reason. */
export const TrackingImportResult = ({ result }: { result: TrackingImportRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const errors = result.errors ?? [];
  return (
    <Stack spacing={2} data-testid="tracking-import-result">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {COUNTS.map((count) => (
          <Chip
            key={count}
            label={translate(`oms.tracking_imports.counts.${count}`, { count: result[count] ?? 0 })}
            color={
              count === 'unmatched' && (result.unmatched ?? 0) > 0
                ? 'warning'
                : count === 'matched'
                  ? 'primary'
                  : 'default'
            }
          />
        ))}
      </Stack>
      {errors.length > 0 && (
        <Box>
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            {translate('oms.tracking_imports.problems', { count: errors.length })}
          </Typography>
          <Table size="small" aria-label={translate('oms.tracking_imports.problems_table')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('oms.imports.file')}</TableCell>
                <TableCell>{translate('oms.tracking_imports.line')}</TableCell>
                <TableCell>{translate('oms.tracking_imports.key')}</TableCell>
                <TableCell>{translate('oms.tracking_imports.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {errors.map((e, i) => (
                <TableRow key={i}>
                  <TableCell>{e.file}</TableCell>
                  <TableCell>{e.line}</TableCell>
                  <TableCell>{e.key ?? e.column ?? ''}</TableCell>
                  <TableCell>{locale === 'en' ? e.en : e.ja}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Stack>
  );
};
