import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { OrderLine } from '../../../../domain/order/order-data';
import { yen } from './format';

const numeric = { align: 'right', sx: { whiteSpace: 'nowrap' } } as const;

/** The lines of one destination, as staff pick them: SKU first, options under the name's column. */
export const LinesTable = ({ lines, label }: { lines: readonly OrderLine[]; label: string }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`oms.order_slip.lines.${key}`);
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{t('sku')}</TableCell>
          <TableCell>{t('name')}</TableCell>
          <TableCell>{t('options')}</TableCell>
          <TableCell {...numeric}>{t('quantity')}</TableCell>
          <TableCell {...numeric}>{t('unit_price')}</TableCell>
          <TableCell {...numeric}>{t('tax_rate')}</TableCell>
          <TableCell {...numeric}>{t('subtotal')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line, index) => (
          <TableRow key={index}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{line.sku}</TableCell>
            <TableCell>{line.name}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{line.options}</TableCell>
            <TableCell {...numeric}>{line.quantity}</TableCell>
            <TableCell {...numeric}>{yen(line.unitPrice)}</TableCell>
            <TableCell {...numeric}>
              {translate(line.taxRate === 8 ? 'oms.order_slip.lines.reduced_rate' : 'oms.order_slip.lines.rate', {
                rate: line.taxRate,
              })}
            </TableCell>
            <TableCell {...numeric}>{yen(line.unitPrice * line.quantity)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
