import { MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { BulkCommandDialog } from './BulkCommandDialog';
import { isValidQuantity, isValidYen } from './OrderSlip/contents-form';
import type { BulkAnswer } from './SlipBulkEdit';

type RunBulk = (name: string, body: Record<string, unknown>) => Promise<BulkAnswer>;

/**
 * 商品を追加: one item into every selected order (a leaflet, a free gift), as the order page's edit would add it: the
 * amounts of each order are worked out again, and each order succeeds or fails on its own.
 */
export const AddItemBulkAction = ({
  runBulk,
  onDone,
}: {
  runBulk: RunBulk;
  onDone: (answers: BulkAnswer[]) => void;
}) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`oms.contents_edit.${key}`);
  const [sku, setSku] = useState('');
  const [name, setName] = useState('');
  const [options, setOptions] = useState('');
  const [unitPrice, setUnitPrice] = useState('0');
  const [quantity, setQuantity] = useState('1');
  const [taxRate, setTaxRate] = useState('10');
  const reset = () => {
    setSku('');
    setName('');
    setOptions('');
    setUnitPrice('0');
    setQuantity('1');
    setTaxRate('10');
  };
  const valid = name.trim() !== '' && isValidYen(unitPrice) && isValidQuantity(quantity);
  return (
    <BulkCommandDialog
      label="oms.contents_edit.add_item"
      onOpen={reset}
      canRun={valid}
      onRun={async () =>
        onDone([
          await runBulk('add-item', {
            line: {
              sku: sku.trim(),
              name: name.trim(),
              options,
              unitPrice: Number(unitPrice),
              quantity: Number(quantity),
              taxRate: Number(taxRate),
            },
          }),
        ])
      }
    >
      <TextField label={t('line.sku')} value={sku} onChange={(e) => setSku(e.target.value)} fullWidth />
      <TextField label={t('line.name')} value={name} onChange={(e) => setName(e.target.value)} required fullWidth />
      <TextField label={t('line.options')} value={options} onChange={(e) => setOptions(e.target.value)} fullWidth />
      <TextField
        label={t('line.unitPrice')}
        value={unitPrice}
        error={!isValidYen(unitPrice)}
        onChange={(e) => setUnitPrice(e.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        fullWidth
      />
      <TextField
        label={t('line.quantity')}
        value={quantity}
        error={!isValidQuantity(quantity)}
        onChange={(e) => setQuantity(e.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        fullWidth
      />
      <TextField
        select
        label={t('line.taxRate')}
        value={taxRate}
        onChange={(e) => setTaxRate(e.target.value)}
        fullWidth
      >
        <MenuItem value="10">10%</MenuItem>
        <MenuItem value="8">{t('reduced_rate')}</MenuItem>
      </TextField>
      {t('add_item_help')}
    </BulkCommandDialog>
  );
};
