import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Amounts } from '../../../../domain/order/order-data';
import { yen } from './format';

/** The amounts as the mall stated them; points and coupons are shown as the deductions they are. */
export const AmountsTable = ({ amounts }: { amounts: Amounts }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`oms.order_slip.amounts.${key}`, options);
  const rows: Array<[string, number, boolean?]> = [
    ['goods', amounts.goods],
    ['shipping', amounts.shipping],
    ['cod_fee', amounts.codFee],
    ['wrapping', amounts.wrapping],
    ['total', amounts.total, true],
    ['points', -amounts.pointsUsed],
    ['coupons', -amounts.coupons],
    ['billed', amounts.billed, true],
  ];
  return (
    <Table size="small" aria-label={t('title')}>
      <TableBody>
        {rows.map(([key, value, strong]) => (
          <TableRow key={key}>
            <TableCell component="th" scope="row" sx={strong ? { fontWeight: 'bold' } : undefined}>
              {t(key)}
            </TableCell>
            <TableCell align="right" sx={strong ? { fontWeight: 'bold' } : undefined}>
              {yen(value)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** 税率別内訳: the taxable amount and the tax included in it, per rate, 10 % first as on a receipt. */
export const TaxByRateTable = ({ taxByRate }: { taxByRate: Amounts['taxByRate'] }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`oms.order_slip.amounts.${key}`, options);
  const byRate = [...taxByRate].sort((a, b) => b.rate - a.rate);
  return (
    <Table size="small" aria-label={t('tax_by_rate')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('rate')}</TableCell>
          <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
            {t('taxable')}
          </TableCell>
          <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
            {t('tax')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {byRate.map((r) => (
          <TableRow key={r.rate}>
            <TableCell component="th" scope="row">
              {t(r.rate === 8 ? 'reduced_rate_target' : 'rate_target', { rate: r.rate })}
            </TableCell>
            <TableCell align="right">{yen(r.taxable)}</TableCell>
            <TableCell align="right">{yen(r.tax)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
