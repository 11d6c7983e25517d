/**
 * No answer is a 5xx, whatever a client sends: arbitrary JSON bodies and list queries (filter, range, sort) thrown at
 * every route the app has, read from its router stack, so a route added later is covered without touching this file.
 * Most cases start from a body or filter the route accepts and replace one part of it by something hostile (a NUL, a
 * lone surrogate, a number PostgreSQL's int4 cannot hold, a date that does not exist, an arbitrary JSON value): a wholly
 * random body is refused by the first shape check and tells little. Deterministic: fixed seed, bounded runs.
 */
import fc from 'fast-check';
import { TOKENS } from '../../infrastructure/container';
import { apiRoutesOf, type AppRoute } from '../support/app-routes';
import { highCodRule } from '../support/automation-rule-samples';
import { apiCaller, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';
import { phoneOrderer } from '../support/phone-order';

const app = inProcessAppForThisFile();
const SEED = 20261206;
/**
 * Runs per route: most for the lists (filter, range and sort to vary) and the order commands (fourteen commands behind
 * two routes), fewer for reading one record (only its id and `at` vary). About 1,800 requests in all.
 */
const RUNS = { list: 40, record: 15, change: 25, orderCommand: 60, signOut: 5 } as const;
const CONCURRENCY = 6;

let tenant: Tenant;
let cookie: string;
let routes: AppRoute[];
/** A record of each kind to aim the routes with an `:id` at; filled in beforeAll. */
const ids: Record<string, string> = {};

/** A body each route accepts (or would, but for the state it finds), by `METHOD path`; others start from `{}`. */
const sampleBodies = (): Record<string, unknown> => ({
  'POST /api/session': { tenant: tenant.code, username: 'nobody', password: 'not-the-password' },
  'POST /api/session/switch-tenant': { tenantCode: 'other-co' },
  'POST /api/orders': {
    shopId: ids.phoneShop,
    channel: 'phone',
    orderer: phoneOrderer,
    destinations: [
      {
        lines: [{ sku: 'TEA-001', name: '静岡茶', options: '100g', unitPrice: 1080, quantity: 2, taxRate: 8 }],
        delivery: { desiredDate: '2026-12-24', timeSlot: '午前中' },
      },
    ],
    charges: { shipping: 660, codFee: 330 },
    payment: { method: 'cash_on_delivery', label: '代引き' },
    orderedAt: '2026-12-01T10:00:00+09:00',
    gift: { isGift: true, noshi: '御歳暮', wrapping: '包装' },
    buyerRemarks: '午前中希望',
    shopMemo: '電話受付',
    slipNote: '割れ物',
    individualMessage: 'ありがとうございます',
    tags: ['電話'],
    plannedShipDate: '2026-12-20',
  },
  'POST /api/orders/:id/individual-mails': {
    subject: 'お届け日のご相談',
    body: '髙橋様\n①～③の日程でいかがでしょうか',
  },
  'POST /api/bulletin-posts': { title: 'お知らせ', body: '年末の出荷について', pinned: true },
  'PUT /api/bulletin-posts/:id': { title: 'お知らせ（改）', body: '本文', pinned: false, revision: 0 },
  'POST /api/saved-searches': {
    name: '未処理',
    filter: { status: ['new'], q: '茶', orderedFrom: '2026-12-01', heldBox: 1 },
    sort: { field: 'orderedAt', order: 'DESC' },
    shared: true,
  },
  'PUT /api/saved-searches/:id': { name: '未処理（改）' },
  'POST /api/canned-phrases': { category: 'memo', text: '折り返し連絡' },
  'PUT /api/canned-phrases/:id': { category: 'memo', text: '折り返し不要' },
  'PUT /api/mail-templates/:id': { subject: '【{{ショップ名}}】発送', text: '{{注文者名}} 様', mjml: null },
  'POST /api/mail-templates/preview': {
    shopId: ids.firstShop,
    kind: 'shipped',
    subject: '{{注文番号}}',
    text: '{{注文者名}} 様',
    mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>{{注文者名}}</mj-text></mj-column></mj-section></mj-body></mjml>',
    orderId: ids.orders,
  },
  'POST /api/mail-templates/test-send': {
    shopId: ids.phoneShop,
    kind: 'thanks',
    subject: '{{注文番号}}',
    text: '{{注文者名}} 様',
    mjml: null,
    to: 'staff@example.jp',
  },
  'PUT /api/hold-boxes/:id': { name: '在庫待ち' },
  'POST /api/processing-routes': { name: '予約', statuses: ['new', 'awaiting_documents', 'completed'] },
  'PUT /api/processing-routes/:id': { name: '予約2', statuses: ['new', 'completed'] },
  'POST /api/shops': { code: 'fuzz-shop', mall: 'yahoo', name: '試験店' },
  'PUT /api/shops/:id': {
    name: '試験店',
    defaultCarrier: 'yamato',
    defaultSlipType: '発払い',
    codSlipType: 'コレクト',
    shipLeadDays: 1,
    holidays: ['2026-12-31'],
  },
  'PUT /api/shops/:id/document-settings': {
    issuer: {
      name: '㈱試験店',
      postalCode: '150-0001',
      address: '東京都',
      phone: '03',
      email: '',
      registrationNumber: 'T7123456789012',
    },
    greetings: { receipt: '毎度ありがとうございます' },
    receiptProviso: 'お品代として',
    taxRounding: 'down',
    leaveDocumentsWaiting: 'documents',
  },
  'PUT /api/shops/:id/document-images/:image': { dataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
  'POST /api/print-names': { sku: 'TEA-001', name: '静岡茶 100g' },
  'PUT /api/carrier-accounts/:carrier': { customerCode: '012345678901', classCode: '', freightCode: '01' },
  'POST /api/label-exports': { layout: 'b2cloud', ids: [tenant.orderIds[0]!] },
  'POST /api/shipping-results': { shopId: tenant.shops[0]!.id, orderIds: [tenant.orderIds[0]!], includeReported: true },
  'POST /api/custom-label-layouts': {
    name: '髙橋の倉庫用',
    layout: {
      carrier: 'yamato',
      encoding: 'cp932',
      header: true,
      columns: [
        { header: '管理番号', source: { field: 'key' } },
        {
          header: 'お届け先',
          source: { join: ['recipient.address', 'recipient.building'], separator: ' ' },
          limit: 64,
        },
        { header: '伝票番号', source: { fixed: '' } },
      ],
      keyColumn: 1,
      trackingNumberColumn: 3,
    },
  },
  'PUT /api/custom-label-layouts/:id': {
    layout: {
      carrier: 'yamato',
      encoding: 'cp932',
      header: true,
      columns: [
        { header: '管理番号', source: { field: 'key' } },
        {
          header: 'お届け先',
          source: { join: ['recipient.address', 'recipient.building'], separator: ' ' },
          limit: 64,
        },
        { header: '伝票番号', source: { fixed: '' } },
      ],
      keyColumn: 1,
      trackingNumberColumn: 3,
    },
  },
  'PUT /api/print-names/:id': { name: '静岡茶（新茶）' },
  'POST /api/import-mappings': {
    shopId: tenant.shops[0]!.id,
    name: 'ヤマダモール',
    mapping: {
      fields: {
        orderNumber: '受注番号',
        orderedAt: '受注日時',
        'orderer.name': '購入者名',
        'line.name': '商品名',
        'line.unitPrice': '単価',
        'line.quantity': '数量',
      },
      dateFormats: ['yyyy年M月d日'],
    },
  },
  'POST /api/staff-users': { username: 'fuzz.user', displayName: '試験', roles: ['staff'], password: 'password-123' },
  'PUT /api/staff-users/:id': { displayName: '佐藤', roles: ['staff'], permissions: ['orders.process'] },
  'POST /api/staff-users/:id/password': { password: 'password-456' },
  'POST /api/tenant-access': { tenantCode: 'other-co', username: 'owner', permissions: ['orders.process'] },
  'POST /api/customers/:id/commands/:name': { reason: '受取拒否' },
  'POST /api/documents': { kind: 'picking-list', ids: tenant.orderIds.slice(0, 2) },
  'PUT /api/automation-rules/:id': { rule: (({ id: _id, ...rule }) => rule)(highCodRule()), position: 0 },
  'POST /api/automation-rules/reorder': { ruleIds: ['high-cod'] },
  'PUT /api/check-settings/:shopId': {
    checks: Object.fromEntries(
      [
        'address',
        'house_number',
        'caution_area',
        'blacklist',
        'ship_date',
        'delivery_date',
        'amounts',
        'duplicate',
        'remarks',
      ].map((check) => [check, { mode: 'hold', box: 2 }]),
    ),
    duplicateWithinHours: 24,
    remarkKeywords: ['至急'],
    maxDeliveryDaysAhead: 30,
  },
  'PUT /api/caution-areas': {
    areas: [{ id: 'a-1', key: { kind: 'postal', code: '9071801' }, labels: ['離島'], carriers: ['yamato'], note: '①' }],
  },
});

/** Bodies of the order commands by name; each also goes as a bulk command with `ids`. */
const ORDER_COMMAND_BODIES: Record<string, unknown> = {
  advance: {},
  move: { to: 'awaiting_documents' },
  hold: { box: 3, reason: '在庫確認' },
  release: {},
  cancel: { reason: 'お客様都合' },
  'add-tag': { tag: '要確認' },
  'remove-tag': { tag: '要確認' },
  'assign-route': { routeId: 'standard', startFromFirstStatus: true },
  'edit-memo': { shopMemo: '一言メモ' },
  'edit-slip-note': { slipNote: '天地無用' },
  'edit-individual-message': { individualMessage: 'ありがとうございます' },
  'set-shipping-plan': { shipping: { carrier: 'yamato', slipType: '発払い' }, plannedShipDate: '2026-12-20' },
  'confirm-change': {},
  'reject-change': { reason: '確認済み' },
  'set-receipt-details': { addressee: '㈱髙島商店', proviso: 'お品代として' },
  'edit-contents': { amounts: { shipping: 660, codFee: 330, wrapping: 0, pointsUsed: 100, coupons: 0 } },
  'add-item': {
    line: { sku: 'LEAF-01', name: 'チラシ①', unitPrice: 0, quantity: 1, taxRate: 10 },
    destinationIndex: 0,
  },
};

/** The filter fields each list reads, with values it accepts; a list not named here gets all of them. */
const ORDER_FILTER = {
  status: ['new', 'awaiting_documents'],
  q: '茶',
  orderedFrom: '2026-11-01',
  orderedTo: '2026-12-31T23:59:59+09:00',
  shipDateFrom: '2026-12-01',
  shipDateTo: '2026-12-31',
  deliveryDateFrom: '2026-12-01',
  deliveryDateTo: '2026-12-31',
  heldBox: 2,
  tag: '要確認',
  pendingChange: false,
};
const SAMPLE_FILTERS: Record<string, Record<string, unknown>> = {
  orders: ORDER_FILTER,
  'order-status-counts': ORDER_FILTER,
  customers: { q: '髙橋', minPurchaseCount: 1, blacklisted: false },
  'operation-history': { from: '2026-12-01', to: '2026-12-31T00:00:00Z', actor: 'owner', eventType: 'OrderImported' },
  'bulletin-posts': { q: 'お知らせ', pinned: true },
  'saved-searches': { resource: 'orders' },
  'canned-phrases': { category: 'memo', q: '連絡', id: ['1', '2'] },
  'mail-templates': { shopId: 'shop', kind: 'thanks', id: ['1', '2'] },
  imports: { shopId: 'shop' },
  'import-formats': { shopId: 'shop' },
  'import-mappings': { shopId: 'shop' },
  'staff-users': { q: 'sato' },
  shops: { q: '楽天', id: ['1'] },
  'hold-boxes': { id: ['1', '2'] },
  'print-names': { q: '茶', id: ['TEA-001'] },
  'processing-routes': { id: ['standard'] },
};
const ALL_FILTERS = Object.assign({}, ...Object.values(SAMPLE_FILTERS)) as Record<string, unknown>;

// ---- values a hostile or careless client sends ----

const withInside = (inserted: string) =>
  fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}${inserted}${b}`);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const hostileText = fc.oneof(
  withInside('\u0000'),
  loneSurrogate.chain(withInside),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('1', '2026-02-30', '+275760-09-13', '2026-12-01T25:00:00Z', '2026-02-30T00:00:00Z', '0000-01-01'),
  fc.string({ minLength: 3000, maxLength: 6000 }),
);
const hostileNumber = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(1e10, 1e300, -1e300, 2 ** 31, -(2 ** 31) - 1, -1, 0, 1.5, Number.MAX_SAFE_INTEGER),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);
const anyJson = fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' });
const hostileDate = fc.constantFrom(
  '1',
  '2026-02-30',
  '+275760-09-13',
  '2026-12-01T25:00:00Z',
  '2026-02-30T00:00:00Z',
  '0000-01-01',
  '9999-12-31T23:59:59+14:00',
  '2026-12-01T10:00:00',
  'infinity',
);
/** Mostly a value of the same kind as the one it replaces, which gets past the shape checks more often. */
const hostileValueFor = (replaced: unknown) =>
  fc.oneof(
    {
      weight: 5,
      arbitrary:
        typeof replaced === 'number'
          ? hostileNumber
          : typeof replaced === 'string' && /^\d{4}-\d{2}-\d{2}/.test(replaced)
            ? fc.oneof(hostileDate, hostileText)
            : hostileText,
    },
    { weight: 2, arbitrary: anyJson },
    { weight: 1, arbitrary: fc.constantFrom(null, true, [], {}) },
  );

type Path = ReadonlyArray<string | number>;
/** Every place in a JSON value, the value itself (`[]`) included. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const inner =
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, v]) => pathsOf(v, [...at, Array.isArray(value) ? Number(key) : key]))
      : [];
  return [at, ...inner];
}
const valueAt = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)?.[key], value);
function replacedAt(value: unknown, path: Path, by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replacedAt(copy[head!], rest, by);
  return copy;
}

/** The sample with one place replaced by a hostile value; now and then a wholly arbitrary value instead. */
/** The sample with one place (the whole of it included) replaced by a hostile value. */
const oneHostile = (sample: unknown) =>
  fc
    .constantFrom(...pathsOf(sample))
    .chain((p) => hostileValueFor(valueAt(sample, p)).map((v) => replacedAt(sample, p, v)));

/** Mostly the sample with one hostile place; now and then the sample itself or a wholly arbitrary value. */
const mutated = (sample: unknown) =>
  fc.oneof(
    { weight: 6, arbitrary: oneHostile(sample) },
    { weight: 1, arbitrary: fc.constant(sample) },
    { weight: 1, arbitrary: anyJson },
  );

const validRange = fc.tuple(fc.nat(40), fc.nat(40)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

/**
 * ra-data-simple-rest's list parameters of the list `resource`, one of them hostile at a time: a request with a bad
 * sort is refused before its filter is read, so a hostile filter goes with a valid sort and range.
 */
const listQuery = (resource: string) => {
  const sample = SAMPLE_FILTERS[resource] ?? ALL_FILTERS;
  const filter = fc
    .subarray(Object.keys(sample), { minLength: 1 })
    .chain((keys) => oneHostile(Object.fromEntries(keys.map((k) => [k, sample[k]]))));
  const hostileRange = fc.oneof(
    fc.tuple(hostileNumber, hostileNumber),
    validRange.map(([a, b]) => [-b, -a]),
    anyJson,
  );
  const hostileSort = fc.oneof(fc.tuple(hostileText, fc.constantFrom('ASC', 'DESC')), anyJson);
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record(
        { filter, sort: fc.constantFrom(['id', 'ASC'], ['id', 'DESC']), range: validRange },
        { requiredKeys: ['filter'] },
      ),
    },
    { weight: 1, arbitrary: fc.record({ range: hostileRange }) },
    { weight: 1, arbitrary: fc.record({ sort: hostileSort }) },
    { weight: 1, arbitrary: fc.record({ at: fc.oneof(hostileDate, hostileText) }) },
  );
};

/** Percent-encodes UTF-8 bytes, so that a lone surrogate (which encodeURIComponent refuses) is sent as U+FFFD. */
const percentEncoded = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const queryString = (query: Record<string, unknown>) =>
  Object.entries(query)
    .map(([key, value]) => `${key}=${percentEncoded(typeof value === 'string' ? value : JSON.stringify(value))}`)
    .join('&');

/** The route's parameters filled in: mostly a record that exists, sometimes an arbitrary text. */
function pathArbitrary(route: AppRoute) {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const valid = (name: string) => {
    if (name === 'name') return fc.constantFrom(...Object.keys(ORDER_COMMAND_BODIES), 'blacklist');
    const resource = route.path.split('/')[2]!;
    return fc.constant(ids[resource] ?? '00000000-0000-4000-8000-000000000000');
  };
  return fc
    .tuple(
      ...names.map((name) => fc.oneof({ weight: 4, arbitrary: valid(name) }, { weight: 1, arbitrary: hostileText })),
    )
    .map((values) =>
      names.reduce((path, name, i) => path.replace(`:${name}`, percentEncoded(values[i]!)), route.path.slice(4)),
    );
}

/** The Origin header of a changing request: mostly none (as a script sends), else ours, a stranger's or nonsense. */
const origin = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('null', 'http://evil.example', 'file://', '::', 'http://[') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 20 }) },
);

const call = (...args: Parameters<ReturnType<typeof apiCaller>>) => apiCaller(app())(...args);

/** The 5xx answers, as `METHOD path request → status`, to `runs` requests made from `request`. */
async function serverErrors<T>(
  route: AppRoute,
  runs: number,
  request: fc.Arbitrary<T>,
  send: (value: T) => Promise<{ status: number; body: unknown }>,
): Promise<string[]> {
  // Sampled with the fixed seed, then sent a few at a time: the same requests on every run, in a fraction of the time.
  const values = fc.sample(request, { seed: SEED, numRuns: runs });
  const errors: string[] = [];
  for (let i = 0; i < values.length; i += CONCURRENCY) {
    await Promise.all(
      values.slice(i, i + CONCURRENCY).map(async (value) => {
        const answer = await send(value);
        if (answer.status >= 500)
          errors.push(`${route.method} ${route.path} ${JSON.stringify(value).slice(0, 400)} → ${answer.status}`);
      }),
    );
  }
  return errors;
}

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'fuzz-co',
    orders: 4,
    shops: [
      { code: 'rakuten-main', mall: 'rakuten', name: '楽天店' },
      { code: 'phone-desk', mall: 'phone', name: '電話受付' },
    ],
  });
  await seedTenant(app(), { code: 'other-co', shops: [] });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  routes = apiRoutesOf(await app().container.getAsync(TOKENS.HttpApp));

  const created = async (path: string, body: unknown) => {
    const answer = await call('POST', path, cookie, body);
    if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.id as string;
  };
  ids.phoneShop = tenant.shops[1]!.id;
  const samples = sampleBodies();
  ids.orders = tenant.orderIds[0]!;
  ids.shops = tenant.shops[1]!.id;
  ids['staff-users'] = tenant.staff.id;
  ids['hold-boxes'] = '2';
  ids['carrier-accounts'] = 'yamato';
  ids.firstShop = tenant.shops[0]!.id;
  ids['mail-templates'] = `${ids.firstShop}:shipped`;
  ids.projections = 'order-search';
  ids['automation-rules'] = 'high-cod';
  ids['check-settings'] = tenant.shops[0]!.id;
  ids['bulletin-posts'] = await created('/bulletin-posts', samples['POST /api/bulletin-posts']);
  ids['saved-searches'] = await created('/saved-searches', samples['POST /api/saved-searches']);
  ids['canned-phrases'] = await created('/canned-phrases', samples['POST /api/canned-phrases']);
  ids['processing-routes'] = await created('/processing-routes', samples['POST /api/processing-routes']);
  ids['import-mappings'] = await created('/import-mappings', samples['POST /api/import-mappings']);
  ids['print-names'] = await created('/print-names', samples['POST /api/print-names']);
  ids['custom-label-layouts'] = await created('/custom-label-layouts', samples['POST /api/custom-label-layouts']);
  ids.customers = (await call('GET', '/customers', cookie)).body[0].id;
}, 120_000);

const isList = (route: AppRoute) => route.method === 'GET';
const changes = (route: AppRoute) => route.method !== 'GET' && !route.path.includes('/commands/');
/** Deleting goes last, so that the other routes still find their records; signing out goes with a cookie of its own. */
const lastOfAll = (route: AppRoute) => route.method === 'DELETE';

test('the app has the routes this test aims at', () => {
  const paths = routes.map((r) => `${r.method} ${r.path}`);
  expect(paths).toEqual(
    expect.arrayContaining([
      'GET /api/orders',
      'POST /api/orders',
      'POST /api/orders/:id/commands/:name',
      'POST /api/orders/commands/:name',
      'GET /api/operation-history',
      'POST /api/bulletin-posts',
    ]),
  );
  expect(routes.length).toBeGreaterThan(50);
});

test('reading: no list query and no path parameter makes a 5xx', async () => {
  const errors: string[] = [];
  for (const route of routes.filter(isList)) {
    const query = listQuery(route.path.split('/')[2]!);
    errors.push(
      ...(await serverErrors(
        route,
        route.path.includes(':') ? RUNS.record : RUNS.list,
        fc.tuple(pathArbitrary(route), query),
        ([path, q]) => call('GET', `${path}?${queryString(q)}`, cookie),
      )),
    );
  }
  expect(errors).toEqual([]);
}, 120_000);

test('order commands, one order and in bulk: no body makes a 5xx', async () => {
  const command = fc.constantFrom(...Object.keys(ORDER_COMMAND_BODIES));
  const single = routes.find((r) => r.method === 'POST' && r.path === '/api/orders/:id/commands/:name')!;
  const bulk = routes.find((r) => r.method === 'POST' && r.path === '/api/orders/commands/:name')!;
  const errors = [
    ...(await serverErrors(
      single,
      RUNS.orderCommand,
      command.chain((name) =>
        fc.tuple(fc.constant(name), fc.constantFrom(...tenant.orderIds), mutated(ORDER_COMMAND_BODIES[name])),
      ),
      ([name, id, body]) => call('POST', `/orders/${id}/commands/${name}`, cookie, body),
    )),
    ...(await serverErrors(
      bulk,
      RUNS.orderCommand,
      command.chain((name) =>
        fc.tuple(fc.constant(name), mutated({ ...(ORDER_COMMAND_BODIES[name] as object), ids: tenant.orderIds })),
      ),
      ([name, body]) => call('POST', `/orders/commands/${name}`, cookie, body),
    )),
  ];
  expect(errors).toEqual([]);
}, 120_000);

test('every other changing route: no body and no path parameter makes a 5xx', async () => {
  const samples = sampleBodies();
  const changing = routes.filter(changes);
  const customerCommands = routes.filter((r) => r.path.startsWith('/api/customers/') && r.path.includes('/commands/'));
  const errors: string[] = [];
  for (const route of [...changing.filter((r) => !lastOfAll(r)), ...customerCommands, ...changing.filter(lastOfAll)]) {
    const signOut = route.method === 'DELETE' && route.path === '/api/session';
    errors.push(
      ...(await serverErrors(
        route,
        signOut ? RUNS.signOut : RUNS.change,
        fc.tuple(pathArbitrary(route), mutated(samples[`${route.method} ${route.path}`] ?? {}), origin),
        async ([path, body, from]) => {
          const as = signOut ? await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password) : cookie;
          return call(route.method, path, as, body, from === undefined ? {} : { origin: from });
        },
      )),
    );
  }
  expect(errors).toEqual([]);
}, 180_000);
