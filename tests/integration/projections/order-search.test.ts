import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { sql } from 'slonik';
import type { EnterOrder, ImportOrder, OrderCommand } from '../../../domain/order/commands';
import type { MallOrderData, ShopOrderData } from '../../../domain/order/order-data';
import { orderDecider } from '../../../domain/order/order';
import { STANDARD_ROUTE, type ProcessingRoute } from '../../../domain/order/route';
import { importedOrderIdFor, streamName } from '../../../domain/shared/ids';
import { orderSearchProjection } from '../../../projections/order-search/order-search-projection';
import {
  findOrderRow,
  listOrders,
  type ListOrdersParams,
  statusCounts,
} from '../../../projections/order-search/order-search-queries';
import { ProjectionRunner } from '../../../projections/runner';
import { CARD_ROUTE, importOrder, mallData, recipient, shopData } from '../../support/order-fixtures';
import { context, openWriteSide, type WriteSide } from '../../support/write-side';

const A = '00000000-0000-4000-8000-000000000001';
const B = '00000000-0000-4000-8000-000000000002';

let side: WriteSide;
const runner = () =>
  new ProjectionRunner(orderSearchProjection, side.runnerDependencies, { batchSize: 4, standbyRetryMs: 30 });

const handle = async (tenantId: string, orderId: string, command: OrderCommand) => {
  const result = await side.commands.handle(orderDecider, streamName.order(orderId), command, context({ tenantId }));
  if (E.isLeft(result)) throw new Error(`${command.type} refused: ${JSON.stringify(result.left)}`);
};

const importing = (
  tenantId: string,
  orderNumber: string,
  over: {
    shopId?: string;
    mall?: ImportOrder['mall'];
    mall_?: Partial<MallOrderData>;
    shop?: Partial<ShopOrderData>;
    route?: ProcessingRoute;
  } = {},
): ImportOrder => {
  const shopId = over.shopId ?? 's-1';
  return {
    ...importOrder,
    orderId: importedOrderIdFor(tenantId, shopId, orderNumber),
    tenantId,
    shopId,
    mall: over.mall ?? 'rakuten',
    orderNumber,
    mallData: { ...mallData, ...over.mall_ },
    shopData: { ...shopData, ...over.shop },
    route: over.route ?? STANDARD_ROUTE,
    changeId: randomUUID(),
  };
};

// o1: the fixture order (髙橋 ﾀｶﾊｼ, ０９０－１２３４－５６７８, ＴＡＲＯ＠Example.JP), later advanced, tagged and changed at the mall.
const o1 = importing(A, '123456-20261130-0000001');
const o2 = importing(A, 'store-10000002', {
  shopId: 's-2',
  mall: 'yahoo',
  route: CARD_ROUTE,
  mall_: {
    orderedAt: '2026-11-28T09:00:00+09:00',
    orderer: {
      ...mallData.orderer,
      name: '佐藤 花子',
      kana: 'サトウ ハナコ',
      phone: '03-9876-5432',
      email: 'hanako@example.com',
    },
    destinations: [{ ...mallData.destinations[0]!, delivery: { desiredDate: null, timeSlot: null } }],
    amounts: { ...mallData.amounts, shipping: 0, total: 4360, billed: 4060 },
    payment: { method: 'credit_card', label: 'クレジットカード' },
    gift: { isGift: false, noshi: '', wrapping: '' },
  },
  shop: { tags: [], shipping: { carrier: 'sagawa', slipType: '飛脚宅配便' }, plannedShipDate: '2026-12-01' },
});
const o3: EnterOrder = {
  type: 'EnterOrder',
  orderId: randomUUID(),
  tenantId: A,
  shopId: 's-1',
  channel: 'phone',
  orderNumber: 'TEL-20261129-0001',
  mallData: {
    ...mallData,
    orderedAt: '2026-11-29T15:00:00+09:00',
    orderer: { ...mallData.orderer, name: '鈴木 一郎', kana: 'スズキ イチロウ', phone: '0120-111-222', email: '' },
    destinations: [
      {
        recipient,
        lines: [mallData.destinations[0]!.lines[0]!],
        delivery: { desiredDate: '2026-12-10', timeSlot: null },
      },
      {
        recipient: { ...recipient, name: '山田 次郎', kana: 'ヤマダ ジロウ' },
        lines: [mallData.destinations[0]!.lines[1]!],
        delivery: { desiredDate: '2026-12-08', timeSlot: null },
      },
    ],
    amounts: { ...mallData.amounts, wrapping: 330, total: 5350, billed: 5050 },
  },
  shopData: { ...shopData, tags: [], plannedShipDate: '2026-12-03' },
  route: STANDARD_ROUTE,
};
// Late in the Tokyo day of 27 November, which is still the 27th in UTC too; past 発送待ち when the mall changes it.
const o4 = importing(A, '123456-20261127-0000004', {
  mall_: { orderedAt: '2026-11-27T23:30:00+09:00' },
  shop: { shipping: null, plannedShipDate: null },
});
const b1 = importing(B, '123456-20261130-0000001', { shopId: 'b-shop' });

const o4Change = randomUUID();
const ids = { o1: o1.orderId, o2: o2.orderId, o3: o3.orderId, o4: o4.orderId };
const list = (params: Partial<ListOrdersParams> = {}, tenantId = A) =>
  listOrders(side.db, tenantId, { offset: 0, limit: 50, ...params });
const idsOf = async (params: Partial<ListOrdersParams>, tenantId = A) =>
  (await list(params, tenantId)).rows.map((r) => r.id);

beforeAll(async () => {
  side = await openWriteSide();
  for (const command of [o1, o2, o3, o4]) await handle(A, command.orderId, command);
  await handle(B, b1.orderId, b1);
  await runner().catchUp();
  // Applied over rows that already exist: these batches load them.
  await handle(A, ids.o1, { type: 'AdvanceOrderStatus' });
  await handle(A, ids.o1, { type: 'AddOrderTag', tag: '要確認' });
  await handle(A, ids.o1, { type: 'EditShopMemo', shopMemo: '電話で再確認' });
  await handle(A, ids.o1, {
    ...o1,
    changeId: randomUUID(),
    mallData: { ...mallData, orderer: { ...mallData.orderer, email: 'taro.takahashi@example.jp' } },
  });
  await handle(A, ids.o2, { type: 'HoldOrder', box: 3, reason: { source: 'staff', ref: null, text: '住所確認' } });
  await handle(A, ids.o3, { type: 'CancelOrder', reason: '顧客都合' });
  await handle(A, ids.o4, { type: 'MoveOrderStatus', to: 'awaiting_documents' });
  await handle(A, ids.o4, {
    type: 'RecordDocumentsPrinted',
    kinds: ['work-sheet', 'purchase-statement'],
    receipt: null,
    leaveDocumentsWaiting: false,
  });
  await handle(A, ids.o4, {
    ...o4,
    changeId: o4Change,
    mallData: { ...o4.mallData, gift: { isGift: false, noshi: '', wrapping: '' } },
  });
  await runner().catchUp();
});
afterAll(() => side.close());

describe('order search read model', () => {
  test('one row per order with its data', async () => {
    expect(await side.db.oneFirst(sql.unsafe`SELECT count(*)::int FROM order_search`)).toBe(5);
    expect(await findOrderRow(side.db, A, ids.o1)).toEqual({
      id: ids.o1,
      shopId: 's-1',
      mall: 'rakuten',
      orderNumber: '123456-20261130-0000001',
      status: 'awaiting_payment',
      heldBox: null,
      heldFrom: null,
      heldReason: null,
      routeId: 'standard',
      orderedAt: '2026-11-30T01:15:00.000Z',
      plannedShipDate: '2026-12-02',
      desiredDeliveryDate: '2026-12-05',
      paymentMethod: 'bank_transfer',
      carrier: 'yamato',
      tags: ['ギフト', '要確認'],
      ordererName: '髙橋 太郎',
      ordererKana: 'ﾀｶﾊｼ ﾀﾛｳ',
      ordererPhone: '０９０－１２３４－５６７８',
      ordererEmail: 'taro.takahashi@example.jp',
      destinationCount: 1,
      total: 5020,
      billed: 4720,
      hasGift: true,
      amountProblems: false,
      changeAwaitingConfirmation: false,
      checkKinds: [],
      printedKinds: [],
      labelsExported: false,
      resultsReported: false,
      trackingNumbers: [],
      updatedAt: '2026-11-30T09:00:00.000Z',
      revision: 4,
    });
    expect(await findOrderRow(side.db, A, ids.o3)).toMatchObject({
      mall: 'phone',
      destinationCount: 2,
      desiredDeliveryDate: '2026-12-08',
      total: 5350,
    });
  });

  test('status moves, holds, cancellations and changes awaiting confirmation are reflected', async () => {
    expect(await findOrderRow(side.db, A, ids.o2)).toMatchObject({
      status: 'held',
      heldBox: 3,
      heldFrom: 'new',
      heldReason: expect.any(String),
    });
    expect(await findOrderRow(side.db, A, ids.o3)).toMatchObject({ status: 'cancelled', heldBox: null });
    expect(await findOrderRow(side.db, A, ids.o4)).toMatchObject({
      status: 'awaiting_documents',
      changeAwaitingConfirmation: true,
      hasGift: true,
      printedKinds: ['purchase-statement', 'work-sheet'],
    });
  });

  test('status counts per tab, with the other filters applied', async () => {
    expect(await statusCounts(side.db, A, {})).toEqual({
      new: 0,
      awaiting_payment: 1,
      awaiting_shipment: 0,
      awaiting_documents: 1,
      awaiting_tracking_number: 0,
      awaiting_shipping_mail: 0,
      awaiting_follow_up_mail: 0,
      completed: 0,
      held: 1,
      cancelled: 1,
    });
    expect(await statusCounts(side.db, A, { shopId: 's-2', status: 'new' })).toMatchObject({
      held: 1,
      awaiting_payment: 0,
      cancelled: 0,
    });
  });

  test('each filter', async () => {
    const sorted = async (params: Partial<ListOrdersParams>) => (await idsOf(params)).sort();
    expect(await sorted({ status: 'held' })).toEqual([ids.o2]);
    expect(await sorted({ status: ['cancelled', 'awaiting_documents'] })).toEqual([ids.o3, ids.o4].sort());
    expect(await sorted({ shopId: 's-2' })).toEqual([ids.o2]);
    expect(await sorted({ mall: 'phone' })).toEqual([ids.o3]);
    expect(await sorted({ orderedFrom: '2026-11-29', orderedTo: '2026-11-30' })).toEqual([ids.o1, ids.o3].sort());
    expect(await sorted({ orderedTo: '2026-11-27' })).toEqual([ids.o4]);
    expect(await sorted({ orderedFrom: '2026-11-30T01:00:00Z' })).toEqual([ids.o1]);
    expect(await sorted({ shipDateFrom: '2026-12-02', shipDateTo: '2026-12-03' })).toEqual([ids.o1, ids.o3].sort());
    expect(await sorted({ deliveryDateFrom: '2026-12-06' })).toEqual([ids.o3]);
    expect(await sorted({ deliveryDateTo: '2026-12-05' })).toEqual([ids.o1, ids.o4].sort());
    expect(await sorted({ paymentMethod: 'credit_card' })).toEqual([ids.o2]);
    expect(await sorted({ carrier: 'sagawa' })).toEqual([ids.o2]);
    expect(await sorted({ tag: '要確認' })).toEqual([ids.o1]);
    expect(await sorted({ heldBox: 3 })).toEqual([ids.o2]);
    expect(await sorted({ routeId: 'card' })).toEqual([ids.o2]);
    expect(await sorted({ status: 'held', shopId: 's-1' })).toEqual([]);
  });

  test('free text in any width, kana or hyphenation', async () => {
    const q = (text: string) => idsOf({ q: text });
    expect(await q('ｻﾄｳ')).toEqual([ids.o2]);
    expect(await q('たかはし')).toEqual([ids.o1, ids.o4]);
    expect(await q('高橋')).toEqual([ids.o1, ids.o4]);
    expect(await q('すずき')).toEqual([ids.o3]);
    expect(await q('やまだじろう')).toEqual([ids.o3]);
    expect(await q('090-1234-5678')).toEqual([ids.o1, ids.o4]);
    expect(await q('09012345678')).toEqual([ids.o1, ids.o4]);
    expect(await q('０３９８７６')).toEqual([ids.o2]);
    expect(await q('0120111')).toEqual([ids.o3]);
    expect(await q('HANAKO@')).toEqual([ids.o2]);
    expect(await q('takahashi@example')).toEqual([ids.o1]);
    expect(await q('taro@example')).toEqual([ids.o4]);
    expect(await q('再確認')).toEqual([ids.o1]);
    expect(await q('TEL-20261129-0001')).toEqual([ids.o3]);
    expect(await q('store-10000002')).toEqual([ids.o2]);
    expect(await q('100%')).toEqual([]);
  });

  test('sorting and paging; order numbers sort by their bytes', async () => {
    expect(await idsOf({})).toEqual([ids.o1, ids.o3, ids.o2, ids.o4]);
    expect(await idsOf({ sort: { field: 'orderedAt', order: 'ASC' } })).toEqual([ids.o4, ids.o2, ids.o3, ids.o1]);
    expect(await idsOf({ sort: { field: 'total', order: 'DESC' } })).toEqual([
      ids.o3,
      ...[ids.o1, ids.o4].sort(),
      ids.o2,
    ]);
    expect(await idsOf({ sort: { field: 'orderNumber', order: 'ASC' } })).toEqual([ids.o4, ids.o1, ids.o3, ids.o2]);
    expect(await idsOf({ sort: { field: 'plannedShipDate', order: 'ASC' } })).toEqual([ids.o2, ids.o1, ids.o3, ids.o4]);
    expect(await idsOf({ sort: { field: 'status', order: 'ASC' } })).toEqual([ids.o1, ids.o4, ids.o2, ids.o3]);
    const page = await list({ offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: 4, rows: [{ id: ids.o3 }, { id: ids.o2 }] });
  });

  test('totals beyond the exact limit are labelled estimates that still page on', async () => {
    const capped = await listOrders(side.db, A, { offset: 0, limit: 2 }, 2);
    expect(capped.totalIsEstimate).toBe(true);
    expect(capped.total).toBeGreaterThanOrEqual(3);
    expect(await listOrders(side.db, A, { offset: 0, limit: 50 }, 4)).toMatchObject({
      total: 4,
      totalIsEstimate: false,
    });
  });

  test('a text search finds the same orders whichever way it reads them', async () => {
    const search = (params: Partial<ListOrdersParams>, exactUpTo: number) =>
      listOrders(side.db, A, { offset: 0, limit: 50, ...params }, exactUpTo);
    // Within the exact limit through the trigram index; beyond it walking the order dates newest first.
    const found = await search({ q: 'ﾀｶﾊｼ' }, 10);
    expect(found).toMatchObject({ total: 2, totalIsEstimate: false, rows: [{ id: ids.o1 }, { id: ids.o4 }] });
    expect(found.rows[0]).not.toHaveProperty('cappedCount');
    expect(await search({ q: 'ﾀｶﾊｼ', offset: 5 }, 10)).toEqual({ rows: [], total: 2, totalIsEstimate: false });
    const walked = await search({ q: 'ﾀｶﾊｼ' }, 1);
    expect(walked.rows.map((r) => r.id)).toEqual([ids.o1, ids.o4]);
    expect(walked).toMatchObject({ totalIsEstimate: true });
    expect((await search({ q: 'ﾀｶﾊｼ', sort: { field: 'total', order: 'DESC' } }, 1)).rows.map((r) => r.id)).toEqual(
      [ids.o1, ids.o4].sort(),
    );
    // Two characters are too short for trigrams and are not counted: a page that is not full still gives the total.
    expect(await search({ q: 'ｻﾄ' }, 10)).toMatchObject({ total: 1, totalIsEstimate: false, rows: [{ id: ids.o2 }] });
    expect(await search({ q: '０９０-１２３４-５６７８' }, 1)).toMatchObject({
      rows: [{ id: ids.o1 }, { id: ids.o4 }],
    });
  });

  test("one tenant never sees another's orders", async () => {
    expect(await idsOf({}, B)).toEqual([b1.orderId]);
    expect(await idsOf({ q: 'たかはし' }, B)).toEqual([b1.orderId]);
    expect(await idsOf({ q: 'ｻﾄｳ' }, B)).toEqual([]);
    expect(await idsOf({ q: '123456-20261130-0000001' })).toEqual([ids.o1]);
    expect(await findOrderRow(side.db, B, ids.o1)).toBeNull();
    expect(await statusCounts(side.db, B)).toMatchObject({ new: 1, awaiting_payment: 0, held: 0 });
  });

  test('a release puts the order back where it was held from', async () => {
    await handle(A, ids.o2, { type: 'ReleaseOrder' });
    await runner().catchUp();
    expect(await findOrderRow(side.db, A, ids.o2)).toMatchObject({ status: 'new', heldBox: null, heldFrom: null });
  });

  test('a new route, a shipping plan and a confirmed change from the mall', async () => {
    await handle(A, ids.o1, { type: 'AssignProcessingRoute', route: CARD_ROUTE, startFromFirstStatus: true });
    await handle(A, ids.o1, {
      type: 'SetShippingPlan',
      shipping: { carrier: 'japanpost', slipType: 'ゆうパック' },
      plannedShipDate: '2026-12-04',
    });
    await handle(A, ids.o1, { type: 'EditSlipNote', slipNote: '天地無用' });
    await handle(A, ids.o1, { type: 'RemoveOrderTag', tag: 'ギフト' });
    await handle(A, ids.o4, { type: 'ConfirmOrderChange', changeId: o4Change });
    await runner().catchUp();
    expect(await findOrderRow(side.db, A, ids.o1)).toMatchObject({
      status: 'new',
      routeId: 'card',
      carrier: 'japanpost',
      plannedShipDate: '2026-12-04',
      tags: ['要確認'],
      revision: 8,
    });
    expect(await findOrderRow(side.db, A, ids.o4)).toMatchObject({ hasGift: false, changeAwaitingConfirmation: false });
  });

  test('a rebuild gives the same rows', async () => {
    const snapshot = () => side.db.any(sql.unsafe`SELECT * FROM order_search ORDER BY id`);
    const before = await snapshot();
    await runner().rebuild();
    expect(await snapshot()).toEqual(before);
  });
});
