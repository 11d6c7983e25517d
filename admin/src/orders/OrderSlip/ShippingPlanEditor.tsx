import EditIcon from '@mui/icons-material/Edit';
import { Box, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import type { ShopOrderData } from '../../../../domain/order/order-data';
import type { Carrier } from '../../../../domain/shared/carrier';
import { CARRIERS } from '../../shops/carriers';
import { useCan } from '../../auth/useCan';
import { dayWithWeekday } from './format';
import { LabelledValues } from './LabelledValues';
import { useOrderCommand } from './useOrderCommand';

interface Draft {
  carrier: Carrier | '';
  slipType: string;
  plannedShipDate: string;
}

/**
 * 配送業者・送り状種別・出荷予定日, set together by `set-shipping-plan` as the domain records them. No carrier means no
 * shipping method yet (null), whatever slip type was typed.
 */
export const ShippingPlanEditor = ({ shopData }: { shopData: ShopOrderData }) => {
  const translate = useTranslate();
  const run = useOrderCommand();
  const canEdit = useCan('orders.process');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const t = (key: string) => translate(`oms.order_slip.${key}`);
  const { shipping, plannedShipDate } = shopData;
  const save = async (plan: Draft) => {
    setSaving(true);
    const accepted = await run('set-shipping-plan', {
      shipping: plan.carrier === '' ? null : { carrier: plan.carrier, slipType: plan.slipType.trim() },
      plannedShipDate: plan.plannedShipDate === '' ? null : plan.plannedShipDate,
    });
    setSaving(false);
    if (accepted) setDraft(null);
  };
  const header = (
    <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('shipping_plan')}
      </Typography>
      {canEdit && draft === null && (
        <IconButton
          size="small"
          aria-label={translate('oms.order_slip.edit', { field: t('shipping_plan') })}
          onClick={() =>
            setDraft({
              carrier: shipping?.carrier ?? '',
              slipType: shipping?.slipType ?? '',
              plannedShipDate: plannedShipDate ?? '',
            })
          }
        >
          <EditIcon fontSize="small" />
        </IconButton>
      )}
    </Stack>
  );
  if (draft === null) {
    return (
      <Box sx={{ mb: 1.5 }}>
        {header}
        <LabelledValues
          rows={[
            ['oms.order_slip.carrier', shipping ? translate(`oms.carriers.${shipping.carrier}`) : t('not_set')],
            ['oms.order_slip.slip_type', shipping ? shipping.slipType : t('not_set')],
            ['oms.order_slip.planned_ship_date', plannedShipDate ? dayWithWeekday(plannedShipDate) : t('not_set')],
          ]}
        />
      </Box>
    );
  }
  return (
    <Box sx={{ mb: 1.5 }}>
      {header}
      <Stack spacing={1.5} sx={{ mt: 1 }}>
        <TextField
          select
          size="small"
          label={t('carrier')}
          value={draft.carrier}
          onChange={(e) => setDraft({ ...draft, carrier: e.target.value as Carrier | '' })}
        >
          <MenuItem value="">{t('not_set')}</MenuItem>
          {CARRIERS.map((carrier) => (
            <MenuItem key={carrier} value={carrier}>
              {translate(`oms.carriers.${carrier}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label={t('slip_type')}
          helperText={t('slip_type_help')}
          value={draft.slipType}
          disabled={draft.carrier === ''}
          onChange={(e) => setDraft({ ...draft, slipType: e.target.value })}
          slotProps={{ htmlInput: { maxLength: 50 } }}
        />
        <TextField
          size="small"
          type="date"
          label={t('planned_ship_date')}
          value={draft.plannedShipDate}
          onChange={(e) => setDraft({ ...draft, plannedShipDate: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Stack direction="row" spacing={1}>
          <Button variant="contained" label="ra.action.save" onClick={() => void save(draft)} disabled={saving} />
          <Button label="ra.action.cancel" onClick={() => setDraft(null)} disabled={saving} />
        </Stack>
      </Stack>
    </Box>
  );
};
