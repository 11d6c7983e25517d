import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';

interface Purchase {
  orderId: string;
  orderNumber: string;
  shopName: string | null;
  mall: string | null;
  orderedAt: string;
  billed: number;
  cancelled: boolean;
}

const yen = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });
const tokyoTime = (iso: string) => new Date(iso).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' });

/** 購入履歴: every order of the customer, newest first, each linking to its order; cancelled ones marked. */
export const PurchaseHistory = () => {
  const record = useRecordContext<{ purchases?: Purchase[] }>();
  const translate = useTranslate();
  // The list's row is shown first while the full customer loads, and it has no purchases.
  if (!record?.purchases) return null;
  const label = (key: string) => translate(`oms.customers.purchase.${key}`);
  return (
    <>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('oms.customers.purchase_history')}
      </Typography>
      <Table size="small" aria-label={translate('oms.customers.purchase_history')}>
        <TableHead>
          <TableRow>
            {['order_number', 'ordered_at', 'shop', 'billed', 'state'].map((key) => (
              <TableCell key={key}>{label(key)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {record.purchases.map((p) => (
            <TableRow key={p.orderId} sx={p.cancelled ? { '& td': { color: 'text.disabled' } } : undefined}>
              <TableCell>
                <Link to={`/orders/${p.orderId}/show`}>{p.orderNumber}</Link>
              </TableCell>
              <TableCell>{tokyoTime(p.orderedAt)}</TableCell>
              <TableCell>{p.shopName ?? (p.mall ? translate(`oms.malls.${p.mall}`, { _: p.mall }) : '-')}</TableCell>
              <TableCell align="right">{yen.format(p.billed)}</TableCell>
              <TableCell>{p.cancelled && <Chip size="small" label={label('cancelled')} />}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
