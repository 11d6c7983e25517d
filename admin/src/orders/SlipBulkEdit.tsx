import { Checkbox, FormControlLabel, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { BulkCommandDialog } from './BulkCommandDialog';
import { CARRIERS } from '../shops/carriers';

/** What a bulk command answers for each order. */
export interface BulkAnswer {
  readonly results: ReadonlyArray<{ readonly id: string; readonly ok: boolean; readonly error?: { ja?: string } }>;
}
type RunBulk = (name: string, body: Record<string, unknown>) => Promise<BulkAnswer>;

/** '' leaves the carrier of each order as it is; CLEAR takes carrier and slip type off (for the rules to set again). */
const LEAVE = '';
const CLEAR = 'clear';

/** The request bodies for what the dialog holds: a field left empty is not sent, so each order keeps its own. */
export const slipEditBodies = (form: {
  carrier: string;
  slipType: string;
  plannedShipDate: string;
  clearPlannedShipDate: boolean;
  slipNote: string;
  clearSlipNote: boolean;
}) => {
  const plan: Record<string, unknown> = {};
  if (form.carrier === CLEAR) plan.shipping = null;
  else if (form.carrier !== LEAVE) plan.shipping = { carrier: form.carrier, slipType: form.slipType.trim() };
  if (form.clearPlannedShipDate) plan.plannedShipDate = null;
  else if (form.plannedShipDate !== '') plan.plannedShipDate = form.plannedShipDate;
  const slipNote = form.clearSlipNote ? '' : form.slipNote === '' ? undefined : form.slipNote;
  return { plan: Object.keys(plan).length > 0 ? plan : undefined, slipNote };
};

/**
 * 伝票情報の一括編集: carrier and slip type, planned ship date and slip note for every selected order at once. An empty
 * field is left as each order has it; 空にする clears it. Carrier and slip type go together (a slip type is the
 * carrier's own kind).
 */
export const SlipBulkEdit = ({ runBulk, onDone }: { runBulk: RunBulk; onDone: (answers: BulkAnswer[]) => void }) => {
  const translate = useTranslate();
  const [carrier, setCarrier] = useState(LEAVE);
  const [slipType, setSlipType] = useState('');
  const [plannedShipDate, setPlannedShipDate] = useState('');
  const [clearPlannedShipDate, setClearPlannedShipDate] = useState(false);
  const [slipNote, setSlipNote] = useState('');
  const [clearSlipNote, setClearSlipNote] = useState(false);
  const reset = () => {
    setCarrier(LEAVE);
    setSlipType('');
    setPlannedShipDate('');
    setClearPlannedShipDate(false);
    setSlipNote('');
    setClearSlipNote(false);
  };
  const bodies = slipEditBodies({ carrier, slipType, plannedShipDate, clearPlannedShipDate, slipNote, clearSlipNote });
  const needsSlipType = carrier !== LEAVE && carrier !== CLEAR && slipType.trim() === '';
  const t = (key: string) => translate(`oms.order_edits.slip.${key}`);
  return (
    <BulkCommandDialog
      label="oms.order_edits.slip.title"
      onOpen={reset}
      canRun={(bodies.plan !== undefined || bodies.slipNote !== undefined) && !needsSlipType}
      onRun={async () => {
        const answers: BulkAnswer[] = [];
        if (bodies.plan) answers.push(await runBulk('set-shipping-plan', bodies.plan));
        if (bodies.slipNote !== undefined) answers.push(await runBulk('edit-slip-note', { slipNote: bodies.slipNote }));
        onDone(answers);
      }}
    >
      <TextField select label={t('carrier')} value={carrier} onChange={(e) => setCarrier(e.target.value)} fullWidth>
        <MenuItem value={LEAVE}>{t('leave')}</MenuItem>
        {CARRIERS.map((c) => (
          <MenuItem key={c} value={c}>
            {translate(`oms.carriers.${c}`)}
          </MenuItem>
        ))}
        <MenuItem value={CLEAR}>{t('clear_carrier')}</MenuItem>
      </TextField>
      <TextField
        label={t('slip_type')}
        value={slipType}
        onChange={(e) => setSlipType(e.target.value)}
        disabled={carrier === LEAVE || carrier === CLEAR}
        required={carrier !== LEAVE && carrier !== CLEAR}
        error={needsSlipType}
        helperText={t('slip_type_help')}
        fullWidth
      />
      <TextField
        type="date"
        label={t('planned_ship_date')}
        value={plannedShipDate}
        onChange={(e) => setPlannedShipDate(e.target.value)}
        disabled={clearPlannedShipDate}
        helperText={t('leave_help')}
        slotProps={{ inputLabel: { shrink: true } }}
        fullWidth
      />
      <FormControlLabel
        control={
          <Checkbox checked={clearPlannedShipDate} onChange={(e) => setClearPlannedShipDate(e.target.checked)} />
        }
        label={t('clear_planned_ship_date')}
      />
      <TextField
        label={t('slip_note')}
        value={slipNote}
        onChange={(e) => setSlipNote(e.target.value)}
        disabled={clearSlipNote}
        helperText={t('leave_help')}
        multiline
        fullWidth
      />
      <FormControlLabel
        control={<Checkbox checked={clearSlipNote} onChange={(e) => setClearSlipNote(e.target.checked)} />}
        label={t('clear_slip_note')}
      />
    </BulkCommandDialog>
  );
};
