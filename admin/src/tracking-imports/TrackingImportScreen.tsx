import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControlLabel,
  FormLabel,
  LinearProgress,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { Title, useGetList, useTranslate } from 'react-admin';
import { RETURN_FILE_LAYOUTS } from '../../../application/tracking/return-files/return-file-layouts';
import { useWatchedUpload } from '../imports/use-watched-upload';
import { type TrackingImportRecord, uploadTrackingImport } from './tracking-import-record';
import { TrackingImportProgress } from './TrackingImportProgress';
import { TrackingImportResult } from './TrackingImportResult';

const LAYOUTS = Object.keys(RETURN_FILE_LAYOUTS);

interface CustomLayoutRow {
  readonly id: string;
  readonly name: string;
  readonly layoutName: string;
  readonly layout: { readonly keyColumn?: number; readonly trackingNumberColumn?: number };
}

/** A カスタム送り状 can be read back only when it names its key and tracking-number columns. */
const readsBack = (row: CustomLayoutRow) =>
  row.layout.keyColumn !== undefined && row.layout.trackingNumberColumn !== undefined;

/**
 * 伝票番号取込: the carrier software's return file (B2クラウド 発行済データ, e飛伝 出荷実績, …) uploaded as the order
 * import uploads, watched while the server matches it, then the counts and each row that was not recorded.
 */
export const TrackingImportScreen = () => {
  const translate = useTranslate();
  const [layout, setLayout] = useState('b2cloud');
  const { data: customLayouts = [] } = useGetList<CustomLayoutRow>('custom-label-layouts', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [files, setFiles] = useState<File[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const { stage, busy, run } = useWatchedUpload<TrackingImportRecord>('tracking-imports');

  const start = () =>
    run(async (onFraction) => {
      const started = await uploadTrackingImport(layout, files, onFraction);
      setFiles([]);
      return started;
    });

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('oms.tracking_imports.title')} />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          <Box>
            <FormLabel id="tracking-import-layout">{translate('oms.tracking_imports.layout')}</FormLabel>
            <RadioGroup
              aria-labelledby="tracking-import-layout"
              value={layout}
              onChange={(e) => setLayout(e.target.value)}
            >
              {LAYOUTS.map((name) => (
                <FormControlLabel
                  key={name}
                  value={name}
                  control={<Radio />}
                  label={translate(`oms.tracking_imports.layouts.${name}`)}
                />
              ))}
              {customLayouts.filter(readsBack).map((row) => (
                <FormControlLabel
                  key={row.id}
                  value={row.layoutName}
                  control={<Radio />}
                  label={`${translate('oms.labels.layouts.custom')}: ${row.name}`}
                />
              ))}
            </RadioGroup>
          </Box>
          <Box>
            <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
              {translate('oms.tracking_imports.choose')}
            </Button>
            <input
              ref={input}
              type="file"
              multiple
              hidden
              accept=".csv,.txt,text/csv"
              onChange={(e) => e.target.files && setFiles(Array.from(e.target.files))}
              data-testid="tracking-import-files"
            />
          </Box>
          {files.length > 0 && (
            <Stack component="ul" aria-label={translate('oms.imports.chosen_files')} sx={{ m: 0 }}>
              {files.map((file, i) => (
                <li key={`${file.name}-${i}`}>{file.name}</li>
              ))}
            </Stack>
          )}
          <Box>
            <Button
              variant="contained"
              startIcon={<LocalShippingIcon />}
              disabled={busy || files.length === 0}
              onClick={start}
            >
              {translate('oms.tracking_imports.start')}
            </Button>
          </Box>
          {stage.kind === 'uploading' &&
            (stage.fraction < 1 ? (
              <Box aria-live="polite">
                <Typography variant="body2">
                  {translate('oms.imports.uploading', { percent: Math.round(stage.fraction * 100) })}
                </Typography>
                <LinearProgress variant="determinate" value={stage.fraction * 100} />
              </Box>
            ) : (
              <TrackingImportProgress counts={stage.counts} />
            ))}
          {stage.kind === 'error' && <Alert severity="error">{stage.message}</Alert>}
          {stage.kind === 'done' && (
            <Box>
              <Alert severity={(stage.result.errors ?? []).length > 0 ? 'warning' : 'success'} sx={{ mb: 2 }}>
                {translate('oms.tracking_imports.finished')}
              </Alert>
              <TrackingImportResult result={stage.result} />
            </Box>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
