import { apiCaller, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let ownerA: string;
let ownerB: string;
let staffA: string;
let orders: readonly string[] = [];

const CARD = [
  'new',
  'awaiting_shipment',
  'awaiting_documents',
  'awaiting_tracking_number',
  'awaiting_shipping_mail',
  'completed',
];

beforeAll(async () => {
  const tanaka = {
    username: 'tanaka',
    displayName: '田中 花子',
    password: 'ﾊﾟｽﾜｰﾄﾞ-tanaka',
    roles: ['staff'],
  } as const;
  const [a, b] = await Promise.all([
    // The shops tests register and count shops themselves, so the fixture brings none.
    seedTenant(app(), { code: 'takahashi', orders: 3, staffMembers: [tanaka], shops: [] }),
    seedTenant(app(), { code: 'other-co', shops: [] }),
  ]);
  orders = a.orderIds;
  ownerA = await signIn(app(), a.code, a.admin.username, a.admin.password);
  ownerB = await signIn(app(), b.code, b.admin.username, b.admin.password);
  staffA = await signIn(app(), a.code, tanaka.username, tanaka.password);
}, 60_000);

const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
const get = (path: string, cookie = ownerA) => call('GET', path, cookie);
const post = (path: string, body: unknown, cookie = ownerA) => call('POST', path, cookie, body);
const put = (path: string, body: unknown, cookie = ownerA) => call('PUT', path, cookie, body);
const del = (path: string, cookie = ownerA) => call('DELETE', path, cookie);
const fieldPaths = (body: { error: { fields?: Array<{ path: string }> } }) => body.error.fields?.map((f) => f.path);

describe('processing routes (処理ルート)', () => {
  let cardRoute: string;

  test('a tenant without settings has the standard route', async () => {
    const list = await get('/processing-routes');
    expect(list).toMatchObject({
      status: 200,
      range: 'processing-routes 0-0/1',
      body: [{ id: 'standard', name: '標準', standard: true, retired: false }],
    });
    expect((await get('/processing-routes/standard')).body.statuses).toContain('awaiting_payment');
  });

  test('a route that skips 入金待ち is created (201) and listed after the standard one', async () => {
    const created = await post('/processing-routes', { name: 'カード決済（入金待ちなし）', statuses: CARD });
    expect(created).toMatchObject({
      status: 201,
      body: { name: 'カード決済（入金待ちなし）', statuses: CARD, standard: false },
    });
    cardRoute = created.body.id;
    expect((await get(`/processing-routes/${cardRoute}`)).body.name).toBe('カード決済（入金待ちなし）');
    const list = await get('/processing-routes');
    expect(list.body.map((r: { id: string }) => r.id)).toEqual(['standard', cardRoute]);
    expect((await get('/processing-routes?sort=["name","DESC"]&range=[0,0]')).range).toBe('processing-routes 0-0/2');
  });

  test('bad bodies are 400 with the field path; a broken rule is 422 with the reason; a taken name is 409', async () => {
    const bad = await post('/processing-routes', { name: '', statuses: ['new', '出荷'] });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(expect.arrayContaining(['name', 'statuses.1']));
    const outOfOrder = await post('/processing-routes', {
      name: '倉庫①',
      statuses: ['awaiting_shipment', 'new', 'completed'],
    });
    expect(outOfOrder.status).toBe(422);
    expect(outOfOrder.body.error).toMatchObject({ code: 'processing_route.invalid' });
    expect(outOfOrder.body.error.ja).toContain('処理済み');
    const taken = await post('/processing-routes', {
      name: 'カード決済（入金待ちなし）',
      statuses: ['new', 'completed'],
    });
    expect(taken).toMatchObject({ status: 409, body: { error: { code: 'processing_route.name_taken' } } });
    expect((await get('/processing-routes?sort=["secret","ASC"]')).status).toBe(400);
  });

  test('an edit keeps the id; the standard route keeps its statuses; a missing route is 404', async () => {
    const renamed = await put(`/processing-routes/${cardRoute}`, { name: 'ｶｰﾄﾞ・後払い', statuses: CARD });
    expect(renamed).toMatchObject({ status: 200, body: { id: cardRoute, name: 'ｶｰﾄﾞ・後払い' } });
    expect((await put('/processing-routes/standard', { name: '標準', statuses: CARD })).body.error.code).toBe(
      'processing_route.standard_fixed',
    );
    expect(
      (
        await put('/processing-routes/standard', {
          name: '通常ルート',
          statuses: (await get('/processing-routes/standard')).body.statuses,
        })
      ).body.name,
    ).toBe('通常ルート');
    expect((await put('/processing-routes/no-such-route', { name: 'x', statuses: CARD })).status).toBe(404);
    expect((await put(`/processing-routes/${cardRoute}`, { name: 'x' })).status).toBe(400);
  });

  test('assign-route puts an order on the route; it then moves only along it', async () => {
    const bad = await post(`/orders/${orders[0]}/commands/assign-route`, { routeId: cardRoute });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(['startFromFirstStatus']);
    const unknown = await post(`/orders/${orders[0]}/commands/assign-route`, {
      routeId: 'no-such-route',
      startFromFirstStatus: false,
    });
    expect(unknown).toMatchObject({ status: 422, body: { error: { code: 'processing_route.not_found' } } });
    const assigned = await post(`/orders/${orders[0]}/commands/assign-route`, {
      routeId: cardRoute,
      startFromFirstStatus: false,
    });
    expect(assigned).toMatchObject({
      status: 200,
      body: { status: 'new', route: { routeId: cardRoute, name: 'ｶｰﾄﾞ・後払い', statuses: CARD } },
    });
    const refused = await post(`/orders/${orders[0]}/commands/move`, { to: 'awaiting_payment' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.ja).toContain('ｶｰﾄﾞ・後払い');
    expect((await post(`/orders/${orders[0]}/commands/advance`, {})).body.status).toBe('awaiting_shipment');
    const listed = await get(`/orders?filter=${encodeURIComponent(JSON.stringify({ routeId: cardRoute }))}`);
    expect(listed.body.map((o: { id: string }) => o.id)).toEqual([orders[0]]);
  });

  test('staff (orders.process) may assign a route, in bulk too', async () => {
    const bulk = await post(
      '/orders/commands/assign-route',
      { ids: [orders[1], orders[2]], routeId: 'standard', startFromFirstStatus: false },
      staffA,
    );
    expect(bulk).toMatchObject({ status: 200, body: { succeeded: 2, failed: 0 } });
    expect((await get(`/orders/${orders[1]}`)).body.route.name).toBe('通常ルート');
  });

  test('a retired route is gone from the settings, orders on it keep their copy, and it cannot be assigned again', async () => {
    expect((await del('/processing-routes/standard')).body.error.code).toBe('processing_route.standard_required');
    const retired = await del(`/processing-routes/${cardRoute}`);
    expect(retired).toMatchObject({ status: 200, body: { id: cardRoute, retired: true } });
    expect((await get(`/processing-routes/${cardRoute}`)).status).toBe(404);
    expect((await get('/processing-routes')).body).toHaveLength(1);
    expect(
      (await get(`/processing-routes?filter=${encodeURIComponent(JSON.stringify({ id: [cardRoute] }))}`)).body,
    ).toMatchObject([{ id: cardRoute, retired: true }]);
    expect((await get(`/orders/${orders[0]}`)).body).toMatchObject({
      status: 'awaiting_shipment',
      route: { routeId: cardRoute, name: 'ｶｰﾄﾞ・後払い' },
    });
    expect(
      (await post(`/orders/${orders[1]}/commands/assign-route`, { routeId: cardRoute, startFromFirstStatus: true }))
        .status,
    ).toBe(422);
    expect((await del(`/processing-routes/${cardRoute}`)).status).toBe(404);
  });
});

describe('hold boxes (保留ボックス)', () => {
  test('30 boxes with default names; a box is named and shows how many orders it holds', async () => {
    const list = await get('/hold-boxes?range=[0,99]');
    expect(list.range).toBe('hold-boxes 0-29/30');
    expect(list.body[0]).toEqual({ id: 1, name: '保留ボックス1', defaultName: '保留ボックス1', heldCount: 0 });
    expect(await put('/hold-boxes/3', { name: ' 住所不備（番地なし）' })).toMatchObject({
      status: 200,
      body: { id: 3, name: '住所不備（番地なし）' },
    });
    expect((await post(`/orders/${orders[2]}/commands/hold`, { box: 3, reason: '番地が未記入' })).status).toBe(200);
    expect((await get('/hold-boxes/3')).body).toMatchObject({ name: '住所不備（番地なし）', heldCount: 1 });
    expect(
      (await get(`/hold-boxes?filter=${encodeURIComponent(JSON.stringify({ id: [3, 30] }))}`)).body.map(
        (b: { name: string }) => b.name,
      ),
    ).toEqual(['住所不備（番地なし）', '保留ボックス30']);
    const held = await get(`/orders?filter=${encodeURIComponent(JSON.stringify({ heldBox: 3, status: 'held' }))}`);
    expect(held.body.map((o: { id: string }) => o.id)).toEqual([orders[2]]);
  });

  test('an empty name resets the default; bad input is 400 with the path, an unknown box 404', async () => {
    await put('/hold-boxes/30', { name: '入金確認中' });
    expect((await put('/hold-boxes/30', { name: '' })).body.name).toBe('保留ボックス30');
    const long = await put('/hold-boxes/30', { name: '髙'.repeat(31) });
    expect(long.status).toBe(400);
    expect(fieldPaths(long.body)).toEqual(['name']);
    expect((await put('/hold-boxes/31', { name: 'x' })).status).toBe(404);
    expect((await get('/hold-boxes/0')).status).toBe(404);
    expect((await get('/hold-boxes/abc')).status).toBe(404);
  });
});

describe('shops (店舗)', () => {
  let shopId: string;

  test('a shop is registered (201), listed and renamed; code and mall stay', async () => {
    const created = await post('/shops', { code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' });
    expect(created).toMatchObject({
      status: 201,
      body: { code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' },
    });
    shopId = created.body.id;
    await post('/shops', { code: 'yahoo-1', mall: 'yahoo', name: 'ﾀｶﾊｼ商店 Yahoo!店' });
    const found = await get(`/shops?filter=${encodeURIComponent(JSON.stringify({ q: '楽天' }))}`);
    expect(found).toMatchObject({ range: 'shops 0-0/1', body: [{ id: shopId }] });
    const renamed = await put(`/shops/${shopId}`, { name: '㈱髙橋商店①楽天店～本店', code: 'ignored', mall: 'amazon' });
    expect(renamed).toMatchObject({
      status: 200,
      body: { id: shopId, code: 'rakuten-main', mall: 'rakuten', name: '㈱髙橋商店①楽天店～本店' },
    });
    expect((await get(`/shops/${shopId}`)).body.name).toBe('㈱髙橋商店①楽天店～本店');
  });

  test('bad input is 400 with the path, a second shop with the same code 409, a missing shop 404', async () => {
    const bad = await post('/shops', { code: 'ＲＡＫＵＴＥＮ', mall: 'mercari', name: '' });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(expect.arrayContaining(['code', 'mall', 'name']));
    expect(await post('/shops', { code: 'rakuten-main', mall: 'rakuten', name: '二号店' })).toMatchObject({
      status: 409,
      body: { error: { code: 'shop.already_registered' } },
    });
    expect((await put(`/shops/${shopId}`, { name: '' })).status).toBe(400);
    expect((await put('/shops/00000000-0000-4000-8000-000000000000', { name: 'x' })).status).toBe(404);
    expect((await get('/shops/not-a-uuid')).status).toBe(404);
  });

  test("tenant B gets 404 for tenant A's shop and sees none of A's", async () => {
    expect((await get(`/shops/${shopId}`, ownerB)).status).toBe(404);
    expect((await put(`/shops/${shopId}`, { name: '乗っ取り' }, ownerB)).status).toBe(404);
    expect((await get('/shops', ownerB)).range).toBe('shops 0-0/0');
    expect((await get(`/shops/${shopId}`)).body.name).toBe('㈱髙橋商店①楽天店～本店');
    // The same code is free in another tenant.
    expect((await post('/shops', { code: 'rakuten-main', mall: 'rakuten', name: '他社の楽天店' }, ownerB)).status).toBe(
      201,
    );
  });
});

describe('access', () => {
  test('signed out, every settings API is 401', async () => {
    for (const [method, path] of [
      ['GET', '/processing-routes'],
      ['GET', '/processing-routes/standard'],
      ['POST', '/processing-routes'],
      ['GET', '/hold-boxes'],
      ['PUT', '/hold-boxes/1'],
      ['GET', '/shops'],
      ['POST', '/shops'],
    ] as const) {
      expect([method, path, (await call(method, path, undefined, method === 'GET' ? undefined : {})).status]).toEqual([
        method,
        path,
        401,
      ]);
    }
  });

  test('a staff user reads the settings but changing them is 403 without settings.manage', async () => {
    expect((await get('/processing-routes', staffA)).status).toBe(200);
    expect((await get('/hold-boxes', staffA)).status).toBe(200);
    expect((await get('/shops', staffA)).status).toBe(200);
    for (const attempt of [
      post('/processing-routes', { name: '倉庫', statuses: ['new', 'completed'] }, staffA),
      put('/processing-routes/standard', { name: '勝手に', statuses: CARD }, staffA),
      del('/processing-routes/standard', staffA),
      put('/hold-boxes/1', { name: '勝手に' }, staffA),
      post('/shops', { code: 'amazon-1', mall: 'amazon', name: 'x' }, staffA),
      put('/shops/00000000-0000-4000-8000-000000000000', { name: 'x' }, staffA),
    ]) {
      expect(await attempt).toMatchObject({
        status: 403,
        body: { error: { code: 'forbidden', permission: 'settings.manage' } },
      });
    }
    expect((await get('/hold-boxes/1')).body.name).toBe('保留ボックス1');
  });

  test("tenant B gets 404 for tenant A's routes and sees its own defaults", async () => {
    const aRoute = (
      await post('/processing-routes', { name: '外部倉庫', statuses: ['new', 'awaiting_shipment', 'completed'] })
    ).body.id as string;
    expect((await get(`/processing-routes/${aRoute}`, ownerB)).status).toBe(404);
    expect(
      (await put(`/processing-routes/${aRoute}`, { name: 'x', statuses: ['new', 'completed'] }, ownerB)).status,
    ).toBe(404);
    expect((await del(`/processing-routes/${aRoute}`, ownerB)).status).toBe(404);
    expect(
      (await get(`/processing-routes?filter=${encodeURIComponent(JSON.stringify({ id: [aRoute] }))}`, ownerB)).body,
    ).toEqual([]);
    expect((await get('/processing-routes', ownerB)).body).toMatchObject([{ id: 'standard', name: '標準' }]);
    expect((await get('/hold-boxes/3', ownerB)).body).toEqual({
      id: 3,
      name: '保留ボックス3',
      defaultName: '保留ボックス3',
      heldCount: 0,
    });
    // B cannot reach A's order whatever route it names, and A's route does not exist for B.
    expect(
      (
        await post(
          `/orders/${orders[1]}/commands/assign-route`,
          { routeId: 'standard', startFromFirstStatus: true },
          ownerB,
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await post(
          `/orders/${orders[1]}/commands/assign-route`,
          { routeId: aRoute, startFromFirstStatus: true },
          ownerB,
        )
      ).body.error.code,
    ).toBe('processing_route.not_found');
    expect((await get(`/processing-routes/${aRoute}`)).body.name).toBe('外部倉庫');
  });
});
