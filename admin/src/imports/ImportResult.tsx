import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportRecord } from './upload-import';

const COUNTS = ['imported', 'updated', 'unchanged', 'failed'] as const;

/** An import's outcome: the counts, the files nothing could be read from, and each problem with file, row and column. */
export const ImportResult = ({ result }: { result: ImportRecord }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} data-testid="import-result">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {COUNTS.map((count) => (
          <Chip
            key={count}
            label={`${translate(`resources.imports.fields.${count}`)} ${result[count]}件`}
            color={count === 'failed' && result.failed > 0 ? 'error' : count === 'imported' ? 'primary' : 'default'}
          />
        ))}
        <Chip variant="outlined" label={translate('oms.imports.rows', { count: result.rows })} />
      </Stack>
      {result.unreadableFiles.map((file) => (
        <Alert key={file} severity="error">
          {translate('oms.imports.unreadable', { file })}
        </Alert>
      ))}
      {result.problemCount > 0 && (
        <Box>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="subtitle1">
              {translate('oms.imports.problems', { count: result.problemCount })}
            </Typography>
            <Button size="small" startIcon={<DownloadIcon />} href={`/api/imports/${result.id}/problems.csv`}>
              {translate('oms.imports.problems_csv')}
            </Button>
          </Stack>
          <Table size="small" aria-label={translate('oms.imports.problems_table')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('oms.imports.file')}</TableCell>
                <TableCell>{translate('oms.imports.row')}</TableCell>
                <TableCell>{translate('oms.imports.column')}</TableCell>
                <TableCell>{translate('oms.imports.message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {/* A record from the history list has no problems until the import itself is loaded. */}
              {(result.problems ?? []).map((p, i) => (
                <TableRow key={i}>
                  <TableCell>{p.file}</TableCell>
                  <TableCell>{p.row}</TableCell>
                  <TableCell>{p.column}</TableCell>
                  <TableCell>{p.ja}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Stack>
  );
};
