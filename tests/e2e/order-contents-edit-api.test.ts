/** 受注編集 over the API on the in-process app: lines, destinations and charges edited, and what the edit leaves behind. */
import * as E from 'fp-ts/Either';
import type { MallOrderData } from '../../domain/order/order-data';
import { orderDecider } from '../../domain/order/order';
import { streamName } from '../../domain/shared/ids';
import { TOKENS } from '../../infrastructure/container';
import { apiCaller, type ApiResponse, listQuery, signIn } from '../support/api-client';
import { printDocuments } from '../support/documents';
import { eventually } from '../support/eventually';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { importOrder, mallData as importedFile } from '../support/order-fixtures';
import { seedTenant, type Tenant } from '../support/tenant-fixture';
import { context } from '../support/write-side';

const ORDER_COUNT = 12;
const SHOP = { code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' } as const;
const app = inProcessAppForThisFile();
const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
let tenant: Tenant;
let cookieA: string;
let cookieB: string;
let nextOrder = 0;
const takeOrders = (count: number) => {
  nextOrder += count;
  if (nextOrder > ORDER_COUNT) throw new Error('raise ORDER_COUNT');
  return tenant.orderIds.slice(nextOrder - count, nextOrder);
};

beforeAll(async () => {
  const [a, b] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', orders: ORDER_COUNT, shops: [SHOP] }),
    seedTenant(app(), { code: 'other-co', shops: [] }),
  ]);
  tenant = a;
  cookieA = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookieB = await signIn(app(), b.code, b.admin.username, b.admin.password);
}, 60_000);

const post = (path: string, body: unknown, cookie = cookieA) => call('POST', path, cookie, body);
const get = (path: string, cookie = cookieA) => call('GET', path, cookie);
const ok = (response: ApiResponse) => {
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
};
const editContents = (id: string, body: unknown, cookie = cookieA) =>
  post(`/orders/${id}/commands/edit-contents`, body, cookie);

/** The mall sends order `id` again with `data`, as the next import of its file would, through the command path. */
async function reimport(id: string, data: MallOrderData): Promise<void> {
  const result = await app()
    .container.get(TOKENS.Commands)
    .handle(
      orderDecider,
      streamName.order(id),
      {
        ...importOrder,
        mallData: data,
        orderId: id,
        tenantId: tenant.id,
        shopId: tenant.shops[0]!.id,
        changeId: crypto.randomUUID(),
      },
      context({ tenantId: tenant.id, actor: 'system' }),
    );
  if (E.isLeft(result)) throw new Error(`re-import refused: ${JSON.stringify(result.left)}`);
}

const leaflet = { sku: 'LEAF-01', name: 'チラシ①～冬～', options: '', unitPrice: 0, quantity: 1, taxRate: 10 };

/** The order's first destination with the tea at 3 and a ﾀｵﾙ added, and a second destination: a typical 受注編集. */
const editedBody = (page: { mallData: MallOrderData }) => {
  const first = page.mallData.destinations[0]!;
  const [tea, cup] = first.lines;
  return {
    destinations: [
      {
        ...first,
        recipient: { ...first.recipient, street: '3丁目1番2号', building: '髙島ビル①' },
        lines: [
          { ...tea!, quantity: 3 },
          cup!,
          { sku: 'TOWEL-1', name: 'ﾀｵﾙ', options: '色:白', unitPrice: 550, quantity: 2, taxRate: 10 },
        ],
      },
      {
        recipient: {
          ...first.recipient,
          name: '﨑山 花子',
          kana: 'ｻｷﾔﾏ ﾊﾅｺ',
          postalCode: '900-0001',
          prefecture: '沖縄県',
          city: '那覇市港町',
          street: '1-1',
        },
        lines: [{ ...cup!, quantity: 1 }],
        delivery: { desiredDate: null, timeSlot: null },
      },
    ],
    amounts: { shipping: 1320, codFee: 0, wrapping: 110, pointsUsed: 100, coupons: 200 },
  };
};

describe('POST /api/orders/:id/commands/edit-contents', () => {
  test('lines and destinations edited: amounts and tax per rate worked out again, the mall’s original kept beside', async () => {
    const [id] = takeOrders(1) as [string];
    const before = ok(await get(`/orders/${id}`));
    const page = ok(await editContents(id, { ...editedBody(before), expectedRevision: before.revision }));

    // Goods: 3×1,080 (8 %) + 2,200 + 2×550 + 2,200 (10 %) = 3,240 + 5,500 = 8,740; + 1,320 + 110 = 10,170; − 300.
    expect(page.mallData.amounts).toEqual({
      goods: 8740,
      shipping: 1320,
      codFee: 0,
      wrapping: 110,
      pointsUsed: 100,
      coupons: 200,
      total: 10170,
      billed: 9870,
      taxByRate: [
        { rate: 8, taxable: 3240, tax: 240 },
        { rate: 10, taxable: 6930, tax: 630 },
      ],
    });
    expect(page.mallData.destinations).toHaveLength(2);
    expect(page.mallData.destinations[1].recipient.name).toBe('﨑山 花子');
    expect(page.amountProblems).toEqual([]);
    expect(page.mallOriginal).toEqual(before.mallData);
    expect(page.outdated).toEqual([]);
    expect(page.revision).toBe(before.revision + 1);

    const timeline = ok(await get(`/orders/${id}/timeline`));
    expect(timeline.at(-1)).toMatchObject({ type: 'OrderEdited', actor: tenant.admin.id });
    expect(Object.keys(timeline.at(-1).data.changes).sort()).toEqual(['amounts', 'destinations']);
    // The list shows the new total.
    await eventually(
      () => get(`/orders?${listQuery({ filter: { q: '123456' }, range: [0, 99] })}`),
      (r) => r.body.find((row: { id: string }) => row.id === id)?.billed === 9870,
    );
  });

  test('sent again unchanged: nothing recorded', async () => {
    const [id] = takeOrders(1) as [string];
    const before = ok(await get(`/orders/${id}`));
    const page = ok(await editContents(id, { destinations: before.mallData.destinations }));
    expect(page.revision).toBe(before.revision);
  });

  test('documents printed before the edit are marked out of date until printed again', async () => {
    const [id] = takeOrders(1) as [string];
    const printed = await printDocuments(app(), cookieA, { kind: 'purchase-statement', ids: [id] });
    expect(printed.status).toBe(200);
    const page = ok(await editContents(id, editedBody(ok(await get(`/orders/${id}`)))));
    expect(page.outdated).toEqual(['documents']);
    expect((await printDocuments(app(), cookieA, { kind: 'purchase-statement', ids: [id] })).status).toBe(200);
    expect(ok(await get(`/orders/${id}`)).outdated).toEqual([]);
  });

  test('a re-import of the same file keeps the edit; a change from the mall lands on the field it changed only', async () => {
    const [id] = takeOrders(1) as [string];
    // The file the tenant fixture imported the order from.
    const original = importedFile;
    expect(ok(await get(`/orders/${id}`)).mallOriginal).toEqual(original);
    const edited = ok(await editContents(id, editedBody({ mallData: original })));

    await reimport(id, original);
    const same = ok(await get(`/orders/${id}`));
    expect(same.revision).toBe(edited.revision);
    expect(same.mallData).toEqual(edited.mallData);

    await reimport(id, { ...original, buyerRemarks: '不在時は宅配ボックスへ' });
    const changed = ok(await get(`/orders/${id}`));
    expect(changed.mallData).toEqual({ ...edited.mallData, buyerRemarks: '不在時は宅配ボックスへ' });
    expect(changed.mallOriginal).toEqual({ ...original, buyerRemarks: '不在時は宅配ボックスへ' });
  });

  test('refused: a stale revision (409), a cancelled order (422), tenant B (404)', async () => {
    const [id, cancelled] = takeOrders(2) as [string, string];
    const before = ok(await get(`/orders/${id}`));
    ok(await post(`/orders/${id}/commands/add-tag`, { tag: '要確認' }));
    const stale = await editContents(id, { ...editedBody(before), expectedRevision: before.revision });
    expect(stale.status).toBe(409);

    ok(await post(`/orders/${cancelled}/commands/cancel`, { reason: 'お客様都合' }));
    const refused = await editContents(cancelled, editedBody(before));
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('order.cancelled');

    const foreign = await editContents(id, editedBody(before), cookieB);
    expect(foreign.status).toBe(404);
    expect((await get(`/orders/${id}`, cookieB)).status).toBe(404);
    expect(ok(await get(`/orders/${id}`)).mallData).toEqual(before.mallData);
  });

  test('a bad body is 400 with the path of each bad field; a destination without lines is the order’s refusal', async () => {
    const [id] = takeOrders(1) as [string];
    const page = ok(await get(`/orders/${id}`));
    const body = editedBody(page);
    body.destinations[0]!.lines[0]!.quantity = 0;
    (body.destinations[1]!.lines[0] as { taxRate: number }).taxRate = 5;
    (body.amounts as { shipping: unknown }).shipping = -1;
    const bad = await editContents(id, body);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['destinations.0.lines.0.quantity', 'destinations.1.lines.0.taxRate', 'amounts.shipping']),
    );

    const empty = await editContents(id, { destinations: [{ ...page.mallData.destinations[0], lines: [] }] });
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('order.no_lines');
  });
});

describe('POST /api/orders/commands/add-item', () => {
  test('adds the line to each order, each answered on its own; a cancelled one is refused and the rest go on', async () => {
    const [a, b, c, cancelled] = takeOrders(4) as [string, string, string, string];
    ok(await post(`/orders/${cancelled}/commands/cancel`, { reason: '重複' }));
    const answer = ok(await post('/orders/commands/add-item', { ids: [a, b, cancelled, c], line: leaflet }));
    expect(answer.succeeded).toBe(3);
    expect(answer.failed).toBe(1);
    expect(answer.results[2]).toMatchObject({
      id: cancelled,
      ok: false,
      status: 422,
      error: { code: 'order.cancelled' },
    });
    for (const id of [a, b, c]) {
      const page = ok(await get(`/orders/${id}`));
      expect(page.mallData.destinations[0].lines.at(-1)).toEqual(leaflet);
      expect(page.mallOriginal.destinations[0].lines).toHaveLength(2);
      expect((await get(`/orders/${id}/timeline`)).body.at(-1).type).toBe('OrderEdited');
    }
    const again = ok(await post('/orders/commands/add-item', { ids: [a], line: { ...leaflet, quantity: 2 } }));
    expect(again.succeeded).toBe(1);
    expect(ok(await get(`/orders/${a}`)).mallData.destinations[0].lines.at(-1).quantity).toBe(3);
  });

  test('a destination the order does not have is refused; edit-contents is not a bulk action', async () => {
    const [id] = takeOrders(1) as [string];
    const answer = ok(await post('/orders/commands/add-item', { ids: [id], line: leaflet, destinationIndex: 3 }));
    expect(answer.results[0]).toMatchObject({ ok: false, status: 422, error: { code: 'order.no_such_destination' } });
    const bulkEdit = await post('/orders/commands/edit-contents', {
      ids: [id],
      amounts: { shipping: 0, codFee: 0, wrapping: 0, pointsUsed: 0, coupons: 0 },
    });
    expect(bulkEdit.status).toBe(404);
  });
});
