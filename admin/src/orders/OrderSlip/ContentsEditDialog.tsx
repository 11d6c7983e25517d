import DeleteIcon from '@mui/icons-material/Delete';
import {
  Alert,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  IconButton,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import type { MallOrderData } from '../../../../domain/order/order-data';
import { AmountsTable, TaxByRateTable } from './AmountsTable';
import {
  blankLine,
  CHARGE_FIELDS,
  type ContentsForm,
  type DestinationForm,
  editOf,
  formOf,
  isValidQuantity,
  isValidYen,
  type LineForm,
  newDestination,
  PERSON_FIELDS,
  previewOf,
} from './contents-form';
import { MallOriginalPanel } from './MallOriginalPanel';
import { SlipSection } from './SlipSection';
import { useOrderCommand } from './useOrderCommand';

const LINE_COLUMNS = ['sku', 'name', 'options', 'unitPrice', 'quantity', 'taxRate'] as const;

/** One destination's recipient, delivery wish and lines, each field named with its destination (and line) number. */
const DestinationEditor = ({
  value,
  number,
  onChange,
  onRemove,
}: {
  value: DestinationForm;
  number: number;
  onChange: (next: DestinationForm) => void;
  onRemove?: () => void;
}) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`oms.contents_edit.${key}`, options);
  const setLine = (index: number, line: LineForm) =>
    onChange({ ...value, lines: value.lines.map((l, i) => (i === index ? line : l)) });
  const title = translate('oms.order_slip.destination', { n: number });
  return (
    <SlipSection
      title={title}
      action={onRemove && <Button color="error" label="oms.contents_edit.remove_destination" onClick={onRemove} />}
    >
      <Grid container spacing={1} sx={{ mb: 2 }}>
        {PERSON_FIELDS.map((field) => (
          <Grid key={field} size={{ xs: 12, sm: field === 'street' || field === 'building' ? 6 : 3 }}>
            <TextField
              size="small"
              fullWidth
              label={t(`person.${field}`)}
              value={value.recipient[field]}
              onChange={(e) => onChange({ ...value, recipient: { ...value.recipient, [field]: e.target.value } })}
              slotProps={{ htmlInput: { 'aria-label': `${title} ${t(`person.${field}`)}` } }}
            />
          </Grid>
        ))}
        <Grid size={{ xs: 6, sm: 3 }}>
          <TextField
            size="small"
            type="date"
            fullWidth
            label={translate('oms.order_slip.desired_date')}
            value={value.desiredDate}
            onChange={(e) => onChange({ ...value, desiredDate: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <TextField
            size="small"
            fullWidth
            label={translate('oms.order_slip.time_slot')}
            value={value.timeSlot}
            onChange={(e) => onChange({ ...value, timeSlot: e.target.value })}
          />
        </Grid>
      </Grid>
      <Table size="small" aria-label={translate('oms.order_slip.lines_of', { n: number })}>
        <TableHead>
          <TableRow>
            {LINE_COLUMNS.map((column) => (
              <TableCell key={column}>{t(`line.${column}`)}</TableCell>
            ))}
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {value.lines.map((line, index) => {
            const cellLabel = (column: string) => `${t(`line.${column}`)} ${number}-${index + 1}`;
            const text = (column: 'sku' | 'name' | 'options' | 'unitPrice' | 'quantity', invalid = false) => (
              <TableCell sx={{ minWidth: column === 'name' ? '12em' : column === 'options' ? '8em' : '5em' }}>
                <TextField
                  size="small"
                  fullWidth
                  value={line[column]}
                  error={invalid}
                  onChange={(e) => setLine(index, { ...line, [column]: e.target.value })}
                  slotProps={{
                    htmlInput: {
                      'aria-label': cellLabel(column),
                      ...((column === 'unitPrice' || column === 'quantity') && { inputMode: 'numeric' }),
                    },
                  }}
                />
              </TableCell>
            );
            return (
              <TableRow key={index}>
                {text('sku')}
                {text('name', line.name.trim() === '')}
                {text('options')}
                {text('unitPrice', !isValidYen(line.unitPrice))}
                {text('quantity', !isValidQuantity(line.quantity))}
                <TableCell>
                  <TextField
                    select
                    size="small"
                    value={line.taxRate}
                    onChange={(e) => setLine(index, { ...line, taxRate: e.target.value as LineForm['taxRate'] })}
                    slotProps={{ htmlInput: { 'aria-label': cellLabel('taxRate') } }}
                  >
                    <MenuItem value="10">10%</MenuItem>
                    <MenuItem value="8">{t('reduced_rate')}</MenuItem>
                  </TextField>
                </TableCell>
                <TableCell>
                  <IconButton
                    aria-label={`${t('remove_line')} ${number}-${index + 1}`}
                    onClick={() => onChange({ ...value, lines: value.lines.filter((_, i) => i !== index) })}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Button
        label={t('add_line_to', { n: number })}
        onClick={() => onChange({ ...value, lines: [...value.lines, blankLine()] })}
      />
    </SlipSection>
  );
};

/**
 * 受注編集: lines, destinations and charges of the order, with the totals and tax per rate worked out as staff type
 * (by the function the server decides with) and the mall's original beside. Saved against the revision on screen.
 */
export const ContentsEditDialog = ({
  open,
  onClose,
  mallData,
  mallOriginal,
}: {
  open: boolean;
  onClose: () => void;
  mallData: MallOrderData;
  mallOriginal: MallOrderData;
}) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`oms.contents_edit.${key}`, options);
  const run = useOrderCommand();
  const [form, setForm] = useState<ContentsForm>(() => formOf(mallData));
  const [saving, setSaving] = useState(false);
  const preview = previewOf(mallData, form);
  const setDestination = (index: number, next: DestinationForm) =>
    setForm({ ...form, destinations: form.destinations.map((d, i) => (i === index ? next : d)) });
  const save = async () => {
    const edit = editOf(form);
    if (!edit) return;
    setSaving(true);
    const accepted = await run('edit-contents', edit as unknown as Record<string, unknown>);
    setSaving(false);
    if (accepted) onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="contents-edit-title">
      <DialogTitle id="contents-edit-title">{t('title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('help')}
          </Typography>
          {form.destinations.map((destination, index) => (
            <DestinationEditor
              key={index}
              value={destination}
              number={index + 1}
              onChange={(next) => setDestination(index, next)}
              onRemove={
                form.destinations.length > 1
                  ? () => setForm({ ...form, destinations: form.destinations.filter((_, i) => i !== index) })
                  : undefined
              }
            />
          ))}
          <Box>
            <Button
              label="oms.contents_edit.add_destination"
              onClick={() =>
                setForm({ ...form, destinations: [...form.destinations, newDestination(mallData.orderer)] })
              }
            />
          </Box>
          <SlipSection title="oms.contents_edit.charges">
            <Grid container spacing={1}>
              {CHARGE_FIELDS.map((field) => (
                <Grid key={field} size={{ xs: 6, sm: 2.4 }}>
                  <TextField
                    size="small"
                    fullWidth
                    label={t(`charge.${field}`)}
                    value={form.amounts[field]}
                    error={!isValidYen(form.amounts[field])}
                    onChange={(e) => setForm({ ...form, amounts: { ...form.amounts, [field]: e.target.value } })}
                    slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                  />
                </Grid>
              ))}
            </Grid>
          </SlipSection>
          {preview ? (
            <SlipSection title="oms.contents_edit.recomputed">
              <Grid container spacing={2}>
                <Grid size={{ xs: 12, md: 6 }}>
                  <AmountsTable amounts={preview.amounts} />
                </Grid>
                <Grid size={{ xs: 12, md: 6 }}>
                  <TaxByRateTable taxByRate={preview.amounts.taxByRate} />
                </Grid>
              </Grid>
            </SlipSection>
          ) : (
            <Alert severity="error">{t('invalid')}</Alert>
          )}
          <MallOriginalPanel mallOriginal={mallOriginal} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button label="ra.action.save" variant="contained" disabled={!preview || saving} onClick={() => void save()} />
      </DialogActions>
    </Dialog>
  );
};
