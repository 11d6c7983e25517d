import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControl,
  InputLabel,
  LinearProgress,
  MenuItem,
  Select,
  Stack,
  Typography,
} from '@mui/material';
import { type DragEvent, useRef, useState } from 'react';
import { Link, Title, useGetList, useTranslate } from 'react-admin';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { uploadImport } from './start-import';
import type { ImportRecord } from './upload-import';
import { useWatchedUpload } from './use-watched-upload';

const AUTO = 'auto';
const ALL = { pagination: { page: 1, perPage: 500 } };

/** 受注取込: a shop, its format (or 自動判別), files dropped or chosen, progress with the counts so far, then the result. */
export const ImportCreate = () => {
  const translate = useTranslate();
  const [shopId, setShopId] = useState('');
  const [format, setFormat] = useState(AUTO);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { data: shops = [] } = useGetList('shops', { ...ALL, sort: { field: 'code', order: 'ASC' } });
  const { data: formats = [] } = useGetList(
    'import-formats',
    { ...ALL, sort: { field: 'name', order: 'ASC' }, filter: { shopId } },
    { enabled: shopId !== '' },
  );
  const { stage, busy, run } = useWatchedUpload<ImportRecord>('imports');

  const addFiles = (list: FileList | null) => list && setFiles((current) => [...current, ...Array.from(list)]);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  };
  const start = () =>
    run(async (onFraction) => {
      const started = await uploadImport({ shopId, format }, files, onFraction);
      setFiles([]);
      return started;
    });

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('oms.imports.title')} />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 720 }}>
          <FormControl fullWidth>
            <InputLabel id="import-shop">{translate('resources.imports.fields.shopName')}</InputLabel>
            <Select
              labelId="import-shop"
              label={translate('resources.imports.fields.shopName')}
              value={shopId}
              onChange={(e) => {
                setShopId(e.target.value);
                setFormat(AUTO);
              }}
            >
              {shops.map((shop) => (
                <MenuItem key={shop.id} value={shop.id}>
                  {shop.name}（{shop.code}）
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <FormControl fullWidth disabled={shopId === ''}>
            <InputLabel id="import-format">{translate('resources.imports.fields.format')}</InputLabel>
            <Select
              labelId="import-format"
              label={translate('resources.imports.fields.format')}
              value={format}
              onChange={(e) => setFormat(e.target.value)}
            >
              <MenuItem value={AUTO}>{translate('oms.imports.auto')}</MenuItem>
              {formats.map((f) => (
                <MenuItem key={f.id} value={f.name}>
                  {f.custom ? translate('oms.imports.custom', { name: f.label }) : f.label}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <Box
            role="button"
            tabIndex={0}
            aria-label={translate('oms.imports.drop')}
            data-testid="import-drop-zone"
            onClick={() => input.current?.click()}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && input.current?.click()}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            sx={{
              border: '2px dashed',
              borderColor: dragging ? 'primary.main' : 'divider',
              borderRadius: 1,
              p: 4,
              textAlign: 'center',
              cursor: 'pointer',
              bgcolor: dragging ? 'action.hover' : undefined,
            }}
          >
            <UploadFileIcon color="action" />
            <Typography>{translate('oms.imports.drop')}</Typography>
            <input
              ref={input}
              type="file"
              multiple
              hidden
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
              onChange={(e) => addFiles(e.target.files)}
              data-testid="import-files"
            />
          </Box>
          {files.length > 0 && (
            <Stack component="ul" aria-label={translate('oms.imports.chosen_files')} sx={{ m: 0 }}>
              {files.map((file, i) => (
                <li key={`${file.name}-${i}`}>
                  {file.name}（{Math.ceil(file.size / 1024).toLocaleString('ja-JP')} KB）
                </li>
              ))}
            </Stack>
          )}
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              startIcon={<UploadFileIcon />}
              disabled={busy || shopId === '' || files.length === 0}
              onClick={start}
            >
              {translate('oms.imports.start')}
            </Button>
            <Button disabled={busy || files.length === 0} onClick={() => setFiles([])}>
              {translate('oms.imports.clear')}
            </Button>
          </Stack>
          {stage.kind === 'uploading' &&
            (stage.fraction < 1 ? (
              <Box aria-live="polite">
                <Typography variant="body2">
                  {translate('oms.imports.uploading', { percent: Math.round(stage.fraction * 100) })}
                </Typography>
                <LinearProgress variant="determinate" value={stage.fraction * 100} />
              </Box>
            ) : (
              <ImportProgress counts={stage.counts} />
            ))}
          {stage.kind === 'error' && <Alert severity="error">{stage.message}</Alert>}
          {stage.kind === 'done' && (
            <Box>
              <Alert
                severity={stage.result.failed > 0 || stage.result.unreadableFiles.length > 0 ? 'warning' : 'success'}
                sx={{ mb: 2 }}
              >
                {translate('oms.imports.finished')}{' '}
                <Link to={`/imports/${stage.result.id}/show`}>{translate('oms.imports.open_history')}</Link>
              </Alert>
              <ImportResult result={stage.result} />
            </Box>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
