import { bundleLabelKey, bundleRows, parcelsOf } from '../../../../application/labels/bundle-label';
import { labelRowsFor, type LabelOrder } from '../../../../application/labels/label-row';
import { builtInLayout } from '../../../../application/labels/layouts';
import type { OrderEvent, OrderImported } from '../../../../domain/order/events';
import { orderDecider } from '../../../../domain/order/order';
import { type ExistingOrder, evolveOrder } from '../../../../domain/order/state';
import { bundleIdFor } from '../../../../domain/shared/ids';
import { imported, orderer } from '../../../support/order-fixtures';

const ids = ['o-1', 'o-2', 'o-3'];
const bundleId = bundleIdFor(ids);
const orderOf = (id: string, slipType: string, billed: number, extra: OrderEvent[] = []): ExistingOrder => {
  const created: OrderImported = {
    ...imported,
    data: {
      ...imported.data,
      orderId: id,
      orderNumber: `100-${id}`,
      mallData: { ...imported.data.mallData, amounts: { ...imported.data.mallData.amounts, billed } },
      shopData: { ...imported.data.shopData, shipping: { carrier: 'yamato', slipType }, slipNote: `note ${id}` },
    },
  };
  const bundled: OrderEvent = { type: 'OrderBundled', data: { orderId: id, bundleId, orderIds: ids } };
  return [created, bundled, ...extra].reduce(evolveOrder, orderDecider.initialState()) as ExistingOrder;
};
const build = (order: LabelOrder) =>
  labelRowsFor(order, {
    sender: orderer,
    defaultShipping: { carrier: 'yamato', slipType: '発払い' },
    today: '2026-12-01',
    accountCodes: {},
    keyFor: () => bundleLabelKey(bundleId),
  });

describe('同梱: one label for a bundle', () => {
  const orders = [orderOf('o-1', '発払い', 1000), orderOf('o-2', 'コレクト', 2000), orderOf('o-3', 'コレクト', 3500)];

  test('B2: every number in 検索キー, the COD orders’ amounts added up on a COD slip type, the first destination', () => {
    const [row, ...others] = bundleRows(builtInLayout('b2cloud')!, orders, build);
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      key: bundleLabelKey(bundleId),
      orderNumber: '100-o-1 100-o-2 100-o-3',
      slipType: 'コレクト',
      codAmount: 5500,
      slipNote: 'note o-1',
      recipient: orders[0]!.mallData.destinations[0]!.recipient,
    });
  });

  test('e飛伝II has no order-number column: the numbers go in 記事 (品名２)', () => {
    const [row] = bundleRows(builtInLayout('ehiden2')!, orders.slice(0, 2), build);
    expect(row).toMatchObject({ orderNumber: '100-o-1', slipNote: '同梱 100-o-1 100-o-2 note o-1' });
  });

  test('no COD order: no amount, the first order’s slip type', () => {
    const [row] = bundleRows(builtInLayout('b2cloud')!, [orders[0]!, orderOf('o-2', '発払い', 2000)], build);
    expect(row).toMatchObject({ slipType: '発払い', codAmount: null });
  });

  test('an order of a bundle brings the others; a cancelled one stays out of the parcel', () => {
    const cancelled = orderOf('o-3', 'コレクト', 3500, [
      { type: 'OrderCancelled', data: { orderId: 'o-3', from: 'new', reason: '', byMall: true } },
    ]);
    const members = new Map([orders[0]!, orders[1]!, cancelled].map((o) => [o.orderId, o]));
    const parcels = parcelsOf([orders[1]!], members);
    expect(parcels.map((p) => [p.bundleId, p.orders.map((o) => o.orderId)])).toEqual([[bundleId, ['o-1', 'o-2']]]);
  });
});
