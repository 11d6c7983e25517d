/** 帳票出力 over the API on the in-process app: real orders printed, the PDF read back, the printing recorded. */
import { commandRequest } from '../../application/commands/command-pipeline';
import type { LeaveDocumentsWaiting } from '../../domain/documents/document-kind';
import { DEFAULT_GREETINGS } from '../../domain/documents/document-settings';
import { streamName } from '../../domain/shared/ids';
import { shopDecider } from '../../domain/shop/shop';
import { TOKENS } from '../../infrastructure/container';
import { apiCaller, type ApiResponse, listQuery, signIn } from '../support/api-client';
import { printDocuments } from '../support/documents';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const ORDER_COUNT = 32;
const SHOP = { code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' } as const;
const app = inProcessAppForThisFile();
const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
let tenant: Tenant;
let other: Tenant;
let byHand: Tenant;
let cookieA: string;
let cookieB: string;
let nextOrder = 0;
/** Each test takes orders of its own, so that none depends on what another printed or moved. */
const takeOrders = (count: number) => {
  nextOrder += count;
  if (nextOrder > ORDER_COUNT) throw new Error('raise ORDER_COUNT');
  return tenant.orderIds.slice(nextOrder - count, nextOrder);
};
const numberOf = (id: string) => `123456-20261130-000000${tenant.orderIds.indexOf(id)}`;

beforeAll(async () => {
  [tenant, other, byHand] = await Promise.all([
    seedTenant(app(), {
      code: 'takahashi',
      orders: ORDER_COUNT,
      shops: [SHOP],
      staffMembers: [
        { username: 'viewer', displayName: '閲覧 専用', password: 'viewer-pass-1', roles: ['staff'], permissions: [] },
      ],
    }),
    seedTenant(app(), { code: 'other-co', orders: 1, shops: [SHOP] }),
    seedTenant(app(), { code: 'by-hand', orders: 4, shops: [SHOP] }),
  ]);
  await setDocumentSettings(tenant, 'documents');
  cookieA = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  cookieB = await signIn(app(), other.code, other.admin.username, other.admin.password);
}, 60_000);

/** The shop's 帳票設定 as its settings screen saves them: the issuer, and when printing moves an order on. */
async function setDocumentSettings(shopOf: Tenant, leaveDocumentsWaiting: LeaveDocumentsWaiting) {
  const shopId = shopOf.shops[0]!.id;
  const result = await app()
    .container.get(TOKENS.Pipeline)
    .run(
      commandRequest(shopDecider, streamName.shop(shopId), {
        type: 'SetShopDocumentSettings',
        shopId,
        tenantId: shopOf.id,
        issuer: {
          name: '株式会社髙橋商店',
          postalCode: '150-0001',
          address: '東京都渋谷区神宮前１－２－３',
          phone: '03-1234-5678',
          email: 'shop@example.jp',
          registrationNumber: '',
        },
        greetings: DEFAULT_GREETINGS,
        receiptProviso: 'お品代として',
        taxRounding: 'down',
        leaveDocumentsWaiting,
      }),
      { tenantId: shopOf.id, actor: 'system', correlationId: crypto.randomUUID() },
    );
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
}

const ok = (response: ApiResponse) => {
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
};
const print = (body: unknown, cookie = cookieA, headers: Record<string, string> = {}) =>
  printDocuments(app(), cookie, body, headers);
const orderPage = async (id: string, cookie = cookieA) => ok(await call('GET', `/orders/${id}`, cookie));
const toAwaitingDocuments = async (ids: readonly string[]) =>
  ok(await call('POST', '/orders/commands/move', cookieA, { ids, to: 'awaiting_documents' }));
const listRows = async (filter: Record<string, unknown>) =>
  (await call('GET', `/orders?${listQuery({ filter, range: [0, 99] })}`, cookieA)).body as Array<{
    id: string;
    printedKinds: string[];
  }>;

describe('POST /api/documents', () => {
  test('purchase statements of the orders named: a PDF inline, each order in it, printing recorded and orders moved on', async () => {
    const ids = takeOrders(3);
    await toAwaitingDocuments(ids);
    const printed = await print({ kind: 'purchase-statement', ids });

    expect(printed.status).toBe(200);
    expect(printed.contentType).toBe('application/pdf');
    expect(printed.disposition).toMatch(/^inline; filename="purchase-statements-\d{8}-\d{4}\.pdf"$/);
    expect(printed.result).toEqual({ orders: 3, moved: 3, refused: 0 });
    for (const id of ids) expect(printed.pdf!.text).toContain(numberOf(id));
    expect(printed.pdf!.text).toContain('髙橋 太郎');
    expect(printed.pdf!.text).toContain('株式会社髙橋商店');
    expect(printed.pdf!.pages).toBeGreaterThanOrEqual(3);

    const page = await orderPage(ids[0]!);
    expect(page.status).toBe('awaiting_tracking_number');
    expect(page.printing.printed).toEqual({ 'purchase-statement': 1 });
    expect(page.printingHistory).toEqual([
      {
        kinds: ['purchase-statement'],
        at: expect.any(String),
        actor: tenant.admin.id,
        actorName: expect.any(String),
        receiptIssue: null,
        addressee: null,
        proviso: null,
      },
    ]);
    const rows = await listRows({ status: 'awaiting_tracking_number' });
    expect(rows.find((r) => r.id === ids[1])!.printedKinds).toEqual(['purchase-statement']);
    const unprinted = tenant.orderIds.at(-1)!;
    expect((await listRows({})).find((r) => r.id === unprinted)!.printedKinds).toEqual([]);
  });

  test('an order not at 伝票・帳票出力待ち is printed and stays where it is', async () => {
    const [id] = takeOrders(1) as [string];
    const printed = await print({ kind: 'purchase-statement', ids: [id] });
    expect(printed.result).toEqual({ orders: 1, moved: 0, refused: 0 });
    expect((await orderPage(id)).status).toBe('new');
  });

  test.each<[LeaveDocumentsWaiting]>([['manual'], ['labels'], ['both']])(
    'a shop that leaves 伝票・帳票出力待ち otherwise (%s): printing records but does not move its orders',
    async (leave) => {
      await setDocumentSettings(byHand, leave);
      const cookie = await signIn(app(), byHand.code, byHand.admin.username, byHand.admin.password);
      const id = byHand.orderIds[['manual', 'labels', 'both'].indexOf(leave)]!;
      ok(await call('POST', '/orders/commands/move', cookie, { ids: [id], to: 'awaiting_documents' }));
      const printed = await print({ kind: 'purchase-statement', ids: [id] }, cookie);
      expect(printed.result).toEqual({ orders: 1, moved: 0, refused: 0 });
      const page = await orderPage(id, cookie);
      expect(page.status).toBe('awaiting_documents');
      expect(page.printingHistory).toHaveLength(1);
    },
  );

  test('a whole status tab through the list filter', async () => {
    const ids = takeOrders(2);
    ok(await call('POST', '/orders/commands/move', cookieA, { ids, to: 'awaiting_payment' }));
    const printed = await print({ kind: 'purchase-statement', filter: { status: 'awaiting_payment' } });
    expect(printed.result).toEqual({ orders: 2, moved: 0, refused: 0 });
    for (const id of ids) expect(printed.pdf!.text).toContain(numberOf(id));
  });

  test('a cancelled order is refused and left out of the PDF; the others print', async () => {
    const [cancelled, kept] = takeOrders(2) as [string, string];
    ok(await call('POST', `/orders/${cancelled}/commands/cancel`, cookieA, { reason: 'お客様都合' }));
    const printed = await print({ kind: 'purchase-statement', ids: [cancelled, kept] });
    expect(printed.result).toEqual({ orders: 1, moved: 0, refused: 1 });
    expect(printed.pdf!.text).toContain(numberOf(kept));
    expect(printed.pdf!.text).not.toContain(numberOf(cancelled));
    expect((await orderPage(cancelled)).printingHistory).toEqual([]);
  });

  test('an id that is another tenant’s, or none at all, refuses the whole printing: 404 and nothing recorded', async () => {
    const [mine] = takeOrders(1) as [string];
    for (const stranger of [other.orderIds[0]!, crypto.randomUUID(), 'not-an-id']) {
      const printed = await print({ kind: 'purchase-statement', ids: [mine, stranger] });
      expect(printed.status).toBe(404);
      expect(printed.body.error.code).toBe('order.not_found');
    }
    expect((await orderPage(mine)).printingHistory).toEqual([]);
  });

  test('tenants are apart: B cannot print A’s orders, and B’s filter prints only B’s', async () => {
    const [mine] = takeOrders(1) as [string];
    expect((await print({ kind: 'purchase-statement', ids: [mine] }, cookieB)).status).toBe(404);
    const printed = await print({ kind: 'purchase-statement', filter: {} }, cookieB);
    expect(printed.result).toEqual({ orders: 1, moved: 0, refused: 0 });
    expect(printed.pdf!.text).toContain('123456-20261130-0000000');
    expect((await orderPage(mine)).printingHistory).toEqual([]);
  });

  test('more than 2,000 orders is a 400 that says to narrow the selection', async () => {
    const ids = Array.from({ length: 2001 }, () => crypto.randomUUID());
    const printed = await print({ kind: 'purchase-statement', ids });
    expect(printed.status).toBe(400);
    expect(printed.body.error).toMatchObject({ code: 'documents.too_many_orders', fields: [{ path: 'ids' }] });
    expect(printed.body.error.ja).toContain('絞り込んで');
  });

  test('a body that is not a printing is a 400 with the field', async () => {
    const printed = await print({ kind: 'letter', ids: [tenant.orderIds[0]] });
    expect(printed.status).toBe(400);
    expect(printed.body.error.fields.map((f: { path: string }) => f.path)).toContain('kind');
  });

  test('without orders.process the printing is forbidden, and signed out it is a 401', async () => {
    const viewer = await signIn(app(), tenant.code, 'viewer', 'viewer-pass-1');
    const [id] = takeOrders(1) as [string];
    expect((await print({ kind: 'purchase-statement', ids: [id] }, viewer)).status).toBe(403);
    const anonymous = await fetch(`${app().url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'purchase-statement', ids: [id] }),
    });
    expect(anonymous.status).toBe(401);
    expect((await orderPage(id)).printingHistory).toEqual([]);
  });

  test('the same request sent again with its Idempotency-Key prints the same and records nothing twice', async () => {
    const [id] = takeOrders(1) as [string];
    await toAwaitingDocuments([id]);
    const key = crypto.randomUUID();
    const first = await print({ kind: 'purchase-statement', ids: [id] }, cookieA, { 'Idempotency-Key': key });
    const again = await print({ kind: 'purchase-statement', ids: [id] }, cookieA, { 'Idempotency-Key': key });
    expect(first.result).toEqual({ orders: 1, moved: 1, refused: 0 });
    expect(again.status).toBe(200);
    expect(again.pdf!.text).toContain(numberOf(id));
    const page = await orderPage(id);
    expect(page.printingHistory).toHaveLength(1);
    expect(page.status).toBe('awaiting_tracking_number');
  });
});

describe('each kind', () => {
  test.each([
    ['delivery-statement', 'お届け明細書'],
    ['invoice', '請求書'],
    ['work-sheet', '発送作業書'],
    ['picking-list', 'ピッキングリスト'],
  ])('%s prints the order and records it', async (kind, title) => {
    const [id] = takeOrders(1) as [string];
    const printed = await print({ kind, ids: [id] });
    expect(printed.status).toBe(200);
    expect(printed.pdf!.text).toContain(title);
    expect(printed.pdf!.text).toContain(numberOf(id));
    expect((await orderPage(id)).printing.printed).toEqual({ [kind]: 1 });
  });

  test('自動判別 records the statement it printed: a gift gets お届け明細書', async () => {
    const [id] = takeOrders(1) as [string];
    await toAwaitingDocuments([id]);
    const printed = await print({ kind: 'auto', ids: [id] });
    expect(printed.disposition).toMatch(/filename="statements-/);
    expect(printed.pdf!.text).toContain('お届け明細書');
    expect(printed.pdf!.text).not.toContain('お買い上げ明細書');
    const page = await orderPage(id);
    expect(page.printingHistory.map((h: { kinds: string[] }) => h.kinds)).toEqual([['delivery-statement']]);
    expect(page.status).toBe('awaiting_tracking_number');
  });

  test('a receipt printed again says 再発行 and its issue; every issue is recorded with what it said', async () => {
    const [id] = takeOrders(1) as [string];
    const first = await print({ kind: 'receipt', ids: [id] });
    expect(first.pdf!.text).toContain('領収書');
    expect(first.pdf!.text).toContain('髙橋 太郎');
    expect(first.pdf!.text).not.toContain('再発行');

    ok(
      await call('POST', `/orders/${id}/commands/set-receipt-details`, cookieA, {
        addressee: '㈱髙島商店',
        proviso: '贈答品代として',
      }),
    );
    const second = await print({ kind: 'receipt', ids: [id] });
    expect(second.pdf!.text).toContain('再発行');
    expect(second.pdf!.text).toContain('㈱髙島商店');
    expect(second.pdf!.text).toContain('贈答品代として');

    const page = await orderPage(id);
    expect(
      page.printingHistory.map((h: { receiptIssue: number; addressee: string; proviso: string }) => [
        h.receiptIssue,
        h.addressee,
        h.proviso,
      ]),
    ).toEqual([
      [1, '髙橋 太郎', 'お品代として'],
      [2, '㈱髙島商店', '贈答品代として'],
    ]);
    expect(page.printing).toMatchObject({ printed: { receipt: 2 }, receiptIssues: 2 });
  });
});

describe('receipt details', () => {
  test('宛名 and 但し書き are set on the order page, and cleared back to the defaults', async () => {
    const [id] = takeOrders(1) as [string];
    const set = ok(
      await call('POST', `/orders/${id}/commands/set-receipt-details`, cookieA, {
        addressee: '㈱髙島商店',
        proviso: '贈答品代として',
      }),
    );
    expect(set.printing.receipt).toEqual({ addressee: '㈱髙島商店', proviso: '贈答品代として' });
    const cleared = ok(
      await call('POST', `/orders/${id}/commands/set-receipt-details`, cookieA, { addressee: '', proviso: null }),
    );
    expect(cleared.printing.receipt).toEqual({ addressee: null, proviso: null });
  });

  test('a 宛名 that is not text is a 400 with its path', async () => {
    const [id] = takeOrders(1) as [string];
    const answer = await call('POST', `/orders/${id}/commands/set-receipt-details`, cookieA, {
      addressee: 5,
      proviso: null,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields.map((f: { path: string }) => f.path)).toContain('addressee');
  });
});
