import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { Button, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { MallName } from '../shops/malls';
import { type ShopResults, shopsWithResults, writeShippingResults } from './shippingResultsApi';

/**
 * 処理実績出力: each shop with its mall's file and its count of shipped orders not yet reported; 出力 writes the file of
 * those orders and records them, so the next click writes only the orders shipped since.
 */
const ShippingResultsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [shops, setShops] = useState<ShopResults[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const load = useCallback(
    () => shopsWithResults().then(setShops, (error: Error) => notify(error.message, { type: 'error' })),
    [notify],
  );
  useEffect(() => void load(), [load]);

  const write = async (shop: ShopResults) => {
    setBusy(shop.id);
    try {
      const summary = await writeShippingResults({ shopId: shop.id });
      notify(translate('oms.shipping_results.result', summary), { type: summary.refused > 0 ? 'warning' : 'info' });
      await load();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card>
      <Title title={translate('resources.shipping-results.name')} />
      <CardContent>
        <Table size="small" aria-label={translate('resources.shipping-results.name')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('oms.shipping_results.shop')}</TableCell>
              <TableCell>{translate('oms.shipping_results.mall')}</TableCell>
              <TableCell>{translate('oms.shipping_results.file')}</TableCell>
              <TableCell align="right">{translate('oms.shipping_results.unreported')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {(shops ?? []).map((shop) => (
              <TableRow key={shop.id} data-shop={shop.code}>
                <TableCell>{shop.name}</TableCell>
                <TableCell>
                  <MallName mall={shop.mall} />
                </TableCell>
                <TableCell>{shop.file ?? translate('oms.shipping_results.no_file')}</TableCell>
                <TableCell align="right" data-unreported={shop.unreported}>
                  {shop.unreported.toLocaleString('ja-JP')}
                </TableCell>
                <TableCell>
                  {shop.file && (
                    <Button variant="contained" size="small" disabled={busy !== null} onClick={() => void write(shop)}>
                      {translate('oms.shipping_results.write')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};

export default { list: ShippingResultsPage, icon: AssignmentTurnedInIcon };
