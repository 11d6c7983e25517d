import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { MallName } from '../shops/malls';
import type { BundledOrder } from './bundleApi';

/** The orders of a group or a bundle: number (to the order page), mall, orderer, billed amount. */
export const BundledOrdersTable = ({ orders }: { orders: readonly BundledOrder[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('oms.bundles.order_number')}</TableCell>
          <TableCell>{translate('oms.bundles.mall')}</TableCell>
          <TableCell>{translate('oms.bundles.orderer')}</TableCell>
          <TableCell align="right">{translate('oms.bundles.billed')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {orders.map((order) => (
          <TableRow key={order.id} data-order={order.orderNumber}>
            <TableCell>
              <Link to={`/orders/${order.id}/show`}>{order.orderNumber}</Link>
            </TableCell>
            <TableCell>
              <MallName mall={order.mall} />
            </TableCell>
            <TableCell>{order.ordererName}</TableCell>
            <TableCell align="right">{order.billed.toLocaleString('ja-JP')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
