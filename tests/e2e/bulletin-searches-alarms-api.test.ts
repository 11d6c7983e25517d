/**
 * 社内共通掲示板, 保存した検索条件 and お届け希望日アラーム over HTTP against the real app: validation, 401/403/404/409,
 * tenant isolation, and alarms counted on Tokyo dates either side of midnight.
 */
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';
import { apiCaller, listQuery, signIn } from '../support/api-client';

const app = inProcessAppForThisFile();
const cookies: Record<'owner' | 'sato' | 'suzuki' | 'viewer' | 'other', string> = {
  owner: '',
  sato: '',
  suzuki: '',
  viewer: '',
  other: '',
};
let orders: string[] = [];

// Desired delivery dates around 2026-12-01/02 in Tokyo; the last two orders end up キャンセル and 処理済み.
const DESIRED = [
  '2026-11-30',
  '2026-12-01',
  '2026-12-02',
  '2026-12-03',
  '2026-12-04',
  null,
  '2026-12-01',
  '2026-12-02',
];

beforeAll(async () => {
  const [a, b] = await Promise.all([
    seedTenant(app(), {
      code: 'takahashi',
      orders: DESIRED.length,
      desiredDates: DESIRED,
      staffMembers: [
        { username: 'sato', displayName: '佐藤 ﾊﾅｺ', password: 'pass-sato', roles: ['staff'] },
        { username: 'suzuki', displayName: '鈴木 一郎', password: 'pass-suzuki', roles: ['staff'] },
        {
          username: 'viewer',
          displayName: '閲覧 専用',
          password: 'pass-viewer',
          roles: ['staff'],
          permissions: ['orders.process'],
        },
      ],
    }),
    seedTenant(app(), { code: 'other-co', orders: 2, desiredDates: ['2026-12-01', '2026-12-02'] }),
  ]);
  orders = [...a.orderIds];
  cookies.owner = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookies.sato = await signIn(app(), a.code, 'sato', 'pass-sato');
  cookies.suzuki = await signIn(app(), a.code, 'suzuki', 'pass-suzuki');
  cookies.viewer = await signIn(app(), a.code, 'viewer', 'pass-viewer');
  cookies.other = await signIn(app(), b.code, b.admin.username, b.admin.password);
}, 60_000);

const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
const list = (resource: string, cookie: string, params: Record<string, unknown> = {}) =>
  call('GET', `/${resource}?${listQuery(params)}`, cookie);

describe('社内共通掲示板 /api/bulletin-posts', () => {
  let postId: string;

  test("a member of staff posts a notice; everybody in the tenant reads it, with the author's name", async () => {
    const created = await call('POST', '/bulletin-posts', cookies.sato, {
      title: '年末年始の出荷①',
      body: '１２／２９～１／３は出荷停止です。\n㈱髙島商店様は別便',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: '年末年始の出荷①',
      authorName: '佐藤 ﾊﾅｺ',
      pinned: false,
      revision: 0,
    });
    postId = created.body.id;
    const board = await list('bulletin-posts', cookies.viewer);
    expect(board.range).toBe('bulletin-posts 0-0/1');
    expect(board.body[0]).toMatchObject({ id: postId, body: '１２／２９～１／３は出荷停止です。\n㈱髙島商店様は別便' });
    expect((await call('GET', `/bulletin-posts/${postId}`, cookies.owner)).body).toMatchObject({
      id: postId,
      authorName: '佐藤 ﾊﾅｺ',
    });
  });

  test('pinned posts come first; the board can be searched', async () => {
    const later = await call('POST', '/bulletin-posts', cookies.owner, {
      title: 'ﾀｶﾊｼ様 電話対応',
      body: '折り返し不要～',
    });
    expect((await list('bulletin-posts', cookies.owner)).body.map((p: { id: string }) => p.id)).toEqual([
      later.body.id,
      postId,
    ]);
    expect((await call('PUT', `/bulletin-posts/${postId}`, cookies.sato, { pinned: true })).body).toMatchObject({
      pinned: true,
      revision: 1,
    });
    expect((await list('bulletin-posts', cookies.owner)).body.map((p: { id: string }) => p.id)).toEqual([
      postId,
      later.body.id,
    ]);
    expect(
      (await list('bulletin-posts', cookies.owner, { filter: { q: '電話' } })).body.map((p: { id: string }) => p.id),
    ).toEqual([later.body.id]);
    expect((await list('bulletin-posts', cookies.owner, { filter: { pinned: true } })).range).toBe(
      'bulletin-posts 0-0/1',
    );
  });

  test('the author and an administrator may edit; a colleague gets 403; a stale revision is 409', async () => {
    const edit = { title: '年末年始の出荷②', body: '１２／３０～', revision: 1 };
    expect((await call('PUT', `/bulletin-posts/${postId}`, cookies.suzuki, edit)).status).toBe(403);
    expect((await call('DELETE', `/bulletin-posts/${postId}`, cookies.suzuki)).status).toBe(403);
    const byAuthor = await call('PUT', `/bulletin-posts/${postId}`, cookies.sato, edit);
    expect(byAuthor.body).toMatchObject({ title: '年末年始の出荷②', pinned: true, revision: 2 });
    const stale = await call('PUT', `/bulletin-posts/${postId}`, cookies.owner, { ...edit, title: '古い画面から' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ currentRevision: 2 });
    expect(
      (
        await call('PUT', `/bulletin-posts/${postId}`, cookies.owner, {
          title: '管理者が修正',
          body: '１２／３０～',
          revision: 2,
        })
      ).body,
    ).toMatchObject({ title: '管理者が修正' });
  });

  test('400 with the field path, 401 signed out, 403 without bulletin.post', async () => {
    const blank = await call('POST', '/bulletin-posts', cookies.sato, { title: '　', body: 'x' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.fields).toEqual([expect.objectContaining({ path: 'title' })]);
    expect(
      (await call('POST', '/bulletin-posts', cookies.sato, { title: 'x', body: 'y'.repeat(10_001) })).body.error.fields,
    ).toEqual([expect.objectContaining({ path: 'body' })]);
    expect((await call('PUT', `/bulletin-posts/${postId}`, cookies.sato, { pinned: 'yes' })).body.error.fields).toEqual(
      [expect.objectContaining({ path: 'pinned' })],
    );
    expect((await list('bulletin-posts', cookies.sato, { sort: ['body', 'ASC'] })).status).toBe(400);
    expect((await call('GET', '/bulletin-posts', undefined)).status).toBe(401);
    expect((await call('POST', '/bulletin-posts', undefined, { title: 'x', body: 'y' })).status).toBe(401);
    const forbidden = await call('POST', '/bulletin-posts', cookies.viewer, { title: '閲覧者から', body: 'x' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error).toMatchObject({ code: 'forbidden' });
    expect((await call('PUT', `/bulletin-posts/${postId}`, cookies.viewer, { pinned: false })).status).toBe(403);
  });

  test("404 for a missing post; tenant B gets 404 for tenant A's post and never lists it", async () => {
    expect((await call('GET', '/bulletin-posts/00000000-0000-4000-8000-000000000000', cookies.owner)).status).toBe(404);
    expect((await call('GET', '/bulletin-posts/not-a-uuid', cookies.owner)).status).toBe(404);
    expect(
      (await call('PUT', '/bulletin-posts/00000000-0000-4000-8000-000000000000', cookies.owner, { pinned: true }))
        .status,
    ).toBe(404);
    expect((await call('GET', `/bulletin-posts/${postId}`, cookies.other)).status).toBe(404);
    expect((await call('PUT', `/bulletin-posts/${postId}`, cookies.other, { pinned: false })).status).toBe(404);
    expect((await call('DELETE', `/bulletin-posts/${postId}`, cookies.other)).status).toBe(404);
    expect((await list('bulletin-posts', cookies.other)).range).toBe('bulletin-posts 0-0/0');
  });

  test('the author deletes the post: it answers the deleted record and is gone', async () => {
    const deleted = await call('DELETE', `/bulletin-posts/${postId}`, cookies.sato);
    expect(deleted.body).toMatchObject({ id: postId, title: '管理者が修正' });
    expect((await call('GET', `/bulletin-posts/${postId}`, cookies.sato)).status).toBe(404);
    expect((await call('DELETE', `/bulletin-posts/${postId}`, cookies.sato)).status).toBe(404);
  });
});

describe('保存した検索条件 /api/saved-searches', () => {
  const search = {
    name: '入金待ち・ﾀｶﾊｼ様',
    filter: { status: 'awaiting_payment', q: 'ﾀｶﾊｼ', deliveryDateTo: '2026-12-01' },
    sort: { field: 'orderedAt', order: 'ASC' },
  };
  let privateId: string;
  let sharedId: string;

  test('a person saves searches; a private one is theirs alone, a shared one every colleague sees', async () => {
    const mine = await call('POST', '/saved-searches', cookies.sato, search);
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      ...search,
      resource: 'orders',
      shared: false,
      mine: true,
      ownerName: '佐藤 ﾊﾅｺ',
    });
    privateId = mine.body.id;
    const shared = await call('POST', '/saved-searches', cookies.sato, {
      ...search,
      name: '至急①（全員）',
      filter: { tag: '至急' },
      shared: true,
      ignored: 'x',
    });
    sharedId = shared.body.id;
    expect(shared.body).toMatchObject({ shared: true, filter: { tag: '至急' } });
    expect((await list('saved-searches', cookies.sato)).body.map((s: { name: string }) => s.name)).toEqual([
      '入金待ち・ﾀｶﾊｼ様',
      '至急①（全員）',
    ]);
    const colleague = await list('saved-searches', cookies.suzuki);
    expect(colleague.range).toBe('saved-searches 0-0/1');
    expect(colleague.body[0]).toMatchObject({ id: sharedId, mine: false });
    expect((await call('GET', `/saved-searches/${privateId}`, cookies.suzuki)).status).toBe(404);
  });

  test('only the owner renames or deletes: a colleague gets 403 for a shared search, 404 for a private one', async () => {
    expect((await call('PUT', `/saved-searches/${sharedId}`, cookies.suzuki, { name: '横取り' })).status).toBe(403);
    expect((await call('DELETE', `/saved-searches/${sharedId}`, cookies.suzuki)).status).toBe(403);
    expect((await call('PUT', `/saved-searches/${privateId}`, cookies.suzuki, { name: '横取り' })).status).toBe(404);
    expect(
      (await call('PUT', `/saved-searches/${privateId}`, cookies.sato, { name: '入金待ち（髙橋様）～' })).body,
    ).toMatchObject({ name: '入金待ち（髙橋様）～' });
  });

  test('400 with the field path for a bad filter, sort or name; 401 signed out', async () => {
    const badFilter = await call('POST', '/saved-searches', cookies.sato, {
      ...search,
      filter: { deliveryDateTo: 'あした' },
    });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.error.fields).toEqual([expect.objectContaining({ path: 'filter.deliveryDateTo' })]);
    expect(
      (await call('POST', '/saved-searches', cookies.sato, { ...search, sort: { field: 'password', order: 'ASC' } }))
        .body.error.fields,
    ).toEqual([expect.objectContaining({ path: 'sort.field' })]);
    expect((await call('PUT', `/saved-searches/${privateId}`, cookies.sato, { name: '' })).body.error.fields).toEqual([
      expect.objectContaining({ path: 'name' }),
    ]);
    expect((await call('GET', '/saved-searches', undefined)).status).toBe(401);
    expect((await call('POST', '/saved-searches', undefined, search)).status).toBe(401);
  });

  test("tenant B gets 404 for tenant A's searches, shared or not, and never lists them", async () => {
    for (const id of [privateId, sharedId]) {
      expect((await call('GET', `/saved-searches/${id}`, cookies.other)).status).toBe(404);
      expect((await call('PUT', `/saved-searches/${id}`, cookies.other, { name: 'x' })).status).toBe(404);
      expect((await call('DELETE', `/saved-searches/${id}`, cookies.other)).status).toBe(404);
    }
    expect((await list('saved-searches', cookies.other)).range).toBe('saved-searches 0-0/0');
  });

  test('the owner deletes a search', async () => {
    expect((await call('DELETE', `/saved-searches/${sharedId}`, cookies.sato)).body).toMatchObject({ id: sharedId });
    expect((await list('saved-searches', cookies.suzuki)).range).toBe('saved-searches 0-0/0');
    expect((await call('DELETE', `/saved-searches/${sharedId}`, cookies.sato)).status).toBe(404);
  });
});

describe('お届け希望日アラーム /api/delivery-alarms', () => {
  type Alarms = { today: string } & Record<
    'dueOrOverdue' | 'tomorrow' | 'dayAfterTomorrow',
    { count: number; filter: Record<string, unknown> }
  >;
  const alarmsAt = async (at: string, cookie = cookies.owner) =>
    (await call('GET', `/delivery-alarms?at=${encodeURIComponent(at)}`, cookie)).body as Alarms;
  const counts = (a: Alarms) => [a.dueOrOverdue.count, a.tomorrow.count, a.dayAfterTomorrow.count];

  beforeAll(async () => {
    expect(
      (await call('POST', `/orders/${orders[5]}/commands/hold`, cookies.owner, { box: 2, reason: '住所確認' })).status,
    ).toBe(200);
    expect(
      (await call('POST', `/orders/${orders[2]}/commands/hold`, cookies.owner, { box: 2, reason: '在庫確認' })).status,
    ).toBe(200);
    expect(
      (await call('POST', `/orders/${orders[6]}/commands/cancel`, cookies.owner, { reason: '重複注文' })).status,
    ).toBe(200);
    // Shipped (発送メール未送信): the parcel has left, so its delivery date is no longer an alarm. It passes
    // 伝票番号未設定 only with its number.
    const numbered = await call('POST', `/orders/${orders[7]}/commands/set-tracking-number`, cookies.owner, {
      destinationIndex: 0,
      carrier: 'yamato',
      trackingNumber: '444413758703',
    });
    expect(numbered.status).toBe(200);
    for (
      let i = 0;
      i < 10 && (await call('GET', `/orders/${orders[7]}`, cookies.owner)).body.status !== 'awaiting_shipping_mail';
      i++
    ) {
      expect((await call('POST', `/orders/${orders[7]}/commands/advance`, cookies.owner, {})).status).toBe(200);
    }
  });

  test('one second before midnight in Tokyo: 12/01 and earlier, 12/02, 12/03; キャンセル and shipped orders left out', async () => {
    const alarms = await alarmsAt('2026-12-01T23:59:59+09:00');
    expect(alarms.today).toBe('2026-12-01');
    expect(counts(alarms)).toEqual([2, 1, 1]);
  });

  test('at midnight in Tokyo (still 12/01 in UTC) the day has moved on', async () => {
    const alarms = await alarmsAt('2026-12-01T15:00:00Z');
    expect(alarms.today).toBe('2026-12-02');
    // The held order due 12/02 counts: 保留 is stuck, not done.
    expect(counts(alarms)).toEqual([3, 1, 1]);
  });

  test("each count's filter lists exactly the counted orders in the order list", async () => {
    const alarms = await alarmsAt('2026-12-01T15:00:00Z');
    for (const alarm of [alarms.dueOrOverdue, alarms.tomorrow, alarms.dayAfterTomorrow]) {
      expect((await list('orders', cookies.owner, { filter: alarm.filter })).range).toBe(
        `orders 0-${alarm.count - 1}/${alarm.count}`,
      );
    }
  });

  test('without `at` it counts for today; tenant B sees only its own orders; 400 for a time without offset; 401 signed out', async () => {
    expect((await call('GET', '/delivery-alarms', cookies.viewer)).body.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(counts(await alarmsAt('2026-12-01T12:00:00+09:00', cookies.other))).toEqual([1, 1, 0]);
    const bad = await call('GET', '/delivery-alarms?at=2026-12-01T15:00:00', cookies.owner);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ path: 'at' })]);
    expect((await call('GET', '/delivery-alarms', undefined)).status).toBe(401);
  });
});
