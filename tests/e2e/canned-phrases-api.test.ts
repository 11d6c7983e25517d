/** `/api/canned-phrases` (定型文) through the real app: shipped defaults, CRUD, the permission, tenant isolation. */
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
/** `removes` is a tenant of its own for the test that removes a shipped phrase, so the others still see every one. */
const cookies = { a: '', b: '', staff: '', removes: '' };
const call = (method: string, path: string, who: keyof typeof cookies, body?: unknown) =>
  apiCaller(app())(method, path, cookies[who], body);
const texts = (rows: ReadonlyArray<{ text: string }>) => rows.map((row) => row.text);

beforeAll(async () => {
  const [a, b, removes] = await Promise.all([
    seedTenant(app(), { code: 'takahashi', shops: [] }),
    seedTenant(app(), { code: 'other-co', shops: [] }),
    seedTenant(app(), { code: 'yamada', shops: [] }),
  ]);
  cookies.a = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookies.b = await signIn(app(), b.code, b.admin.username, b.admin.password);
  // The fixture's `staff` has the staff role's permissions, without settings.manage.
  cookies.staff = await signIn(app(), a.code, a.staff.username, a.staff.password);
  cookies.removes = await signIn(app(), removes.code, removes.admin.username, removes.admin.password);
}, 60_000);

describe('canned phrases API', () => {
  test('a new tenant has the shipped hold and cancel reasons, filterable by category', async () => {
    const hold = await call('GET', `/canned-phrases?${listQuery({ filter: { category: 'hold' } })}`, 'a');
    expect(hold.status).toBe(200);
    expect(texts(hold.body)).toEqual(expect.arrayContaining(['住所不備のため確認中', '入金確認中']));
    expect(hold.body.every((p: { category: string }) => p.category === 'hold')).toBe(true);
    const cancel = await call('GET', `/canned-phrases?${listQuery({ filter: { category: 'cancel' } })}`, 'a');
    expect(texts(cancel.body)).toEqual(expect.arrayContaining(['お客様都合によるキャンセル', '在庫切れ']));
  });

  test('a phrase is added, changed and removed, and the list follows each step', async () => {
    const added = await call('POST', '/canned-phrases', 'a', { category: 'hold', text: '　㈱サンプル様 要確認① ' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ category: 'hold', text: '㈱サンプル様 要確認①', shipped: false });
    const id = added.body.id as string;

    const changed = await call('PUT', `/canned-phrases/${id}`, 'a', { category: 'memo', text: '髙橋様～折返し' });
    expect(changed.body).toMatchObject({ id, category: 'memo', text: '髙橋様～折返し' });
    expect(await call('GET', `/canned-phrases/${id}`, 'a')).toMatchObject({
      status: 200,
      body: { text: '髙橋様～折返し' },
    });

    expect((await call('DELETE', `/canned-phrases/${id}`, 'a')).status).toBe(200);
    expect((await call('GET', `/canned-phrases/${id}`, 'a')).status).toBe(404);
    expect(texts((await call('GET', `/canned-phrases?${listQuery({ range: [0, 99] })}`, 'a')).body)).not.toContain(
      '髙橋様～折返し',
    );
  });

  test('a shipped phrase can be removed for this tenant only', async () => {
    const [payment] = (
      await call('GET', `/canned-phrases?${listQuery({ filter: { q: '入金確認中', category: 'hold' } })}`, 'removes')
    ).body;
    expect((await call('DELETE', `/canned-phrases/${payment.id}`, 'removes')).status).toBe(200);
    expect(
      texts((await call('GET', `/canned-phrases?${listQuery({ range: [0, 99] })}`, 'removes')).body),
    ).not.toContain('入金確認中');
    expect(texts((await call('GET', `/canned-phrases?${listQuery({ range: [0, 99] })}`, 'b')).body)).toContain(
      '入金確認中',
    );
  });

  test('bad input is a 400 with the field; a broken rule a 422; a duplicate a 409', async () => {
    const bad = await call('POST', '/canned-phrases', 'a', { category: 'gossip', text: 'x' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('category');
    expect((await call('POST', '/canned-phrases', 'a', { category: 'hold', text: '　' })).status).toBe(422);
    expect(
      (await call('POST', '/canned-phrases', 'a', { category: 'cancel', text: 'お客様都合によるキャンセル' })).status,
    ).toBe(409);
  });

  test('staff without settings.manage read the phrases but cannot change them', async () => {
    expect((await call('GET', '/canned-phrases', 'staff')).status).toBe(200);
    expect((await call('POST', '/canned-phrases', 'staff', { category: 'hold', text: '勝手に追加' })).status).toBe(403);
    const [first] = (await call('GET', '/canned-phrases', 'staff')).body;
    expect((await call('DELETE', `/canned-phrases/${first.id}`, 'staff')).status).toBe(403);
    expect((await call('GET', `/canned-phrases/${first.id}`, 'a')).status).toBe(200);
  });

  test("tenant B never sees, changes or removes A's phrases", async () => {
    const added = await call('POST', '/canned-phrases', 'a', { category: 'cancel', text: 'A社だけの理由①' });
    const id = added.body.id as string;
    expect((await call('GET', `/canned-phrases/${id}`, 'a')).status).toBe(200);
    expect((await call('GET', `/canned-phrases/${id}`, 'b')).status).toBe(404);
    const listOfB = await call('GET', `/canned-phrases?${listQuery({ range: [0, 499] })}`, 'b');
    expect(listOfB.range).toMatch(new RegExp(`/${listOfB.body.length}$`));
    expect(JSON.stringify(listOfB.body)).not.toContain('A社だけの理由');
    expect((await call('PUT', `/canned-phrases/${id}`, 'b', { category: 'cancel', text: '乗っ取り' })).status).toBe(
      404,
    );
    expect((await call('DELETE', `/canned-phrases/${id}`, 'b')).status).toBe(404);
    expect(await call('GET', `/canned-phrases/${id}`, 'a')).toMatchObject({ body: { text: 'A社だけの理由①' } });
  });
});
