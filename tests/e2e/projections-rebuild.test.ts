/**
 * `oms projections rebuild` against a running, idle server: the command ends, the product answers throughout (a
 * signed-in list and a sign-in, never a 401 or a 5xx, never fewer rows), and what is written afterwards reaches every
 * read model exactly once.
 */
import { sql } from 'slonik';
import { allProjections } from '../../projections/all-projections';
import { TOKENS } from '../../infrastructure/container';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { runCli } from '../support/cli';
import { eventually } from '../support/eventually';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
const ORDERS = 12;
let shop: Tenant;
let cookie: string;

beforeAll(async () => {
  shop = await seedTenant(app(), { code: 'rebuild-co', orders: ORDERS });
  cookie = await signIn(app(), shop.code, shop.admin.username, shop.admin.password);
}, 60_000);

/** Long enough for a loaded machine to start the CLI; a rebuild that hangs is killed here and fails the test. */
const CLI_TIMEOUT_MS = 90_000;

const ordersList = () =>
  apiCaller(app())('GET', `/orders?${listQuery({ range: [0, 99], sort: ['orderedAt', 'DESC'] })}`, cookie);

/**
 * Runs `work` while asking the server, over and over, for the tenant's orders and for a sign-in; returns every answer
 * that was not what a user should get.
 */
async function askedThroughout<T>(work: () => Promise<T>): Promise<{ result: T; asked: number; wrong: string[] }> {
  const wrong: string[] = [];
  let asked = 0;
  let done = false;
  const asking = (async () => {
    while (!done) {
      const list = await ordersList();
      if (list.status !== 200 || list.body?.length !== ORDERS)
        wrong.push(`orders: ${list.status} with ${list.body?.length ?? 'no'} rows`);
      const session = await fetch(`${app().url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: shop.code, username: shop.staff.username, password: shop.staff.password }),
      });
      if (session.status !== 200) wrong.push(`sign-in: ${session.status}`);
      asked++;
      // A breath between rounds, so that the CLI starting beside this loop gets the CPU it needs.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    return { result: await work(), asked, wrong };
  } finally {
    done = true;
    await asking;
  }
}

describe('projections rebuild with the server running', () => {
  // accounts is what signs people in, order-search the largest; a rebuild of all replays each projection in turn.
  test.each([
    ['accounts', ['accounts']],
    ['order-search', ['order-search']],
    ['every projection', []],
  ] as const)(
    'rebuilding %s ends, and the server answers correctly throughout',
    async (_what, names) => {
      const { result, asked, wrong } = await askedThroughout(() =>
        runCli(['projections', 'rebuild', ...names], { DATABASE_URL: app().database.connectionString }, '', {
          timeoutMs: CLI_TIMEOUT_MS,
        }),
      );
      expect([...new Set(wrong)]).toEqual([]);
      expect(asked).toBeGreaterThan(0);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      for (const name of names.length > 0 ? names : allProjections.map((p) => p.name))
        expect(result.stdout).toContain(`${name}:`);
      // Idle after the rebuild, the server still answers from complete read models.
      expect((await ordersList()).body).toHaveLength(ORDERS);
    },
    CLI_TIMEOUT_MS + 30_000,
  );

  test('after the rebuilds, what is written reaches every read model once', async () => {
    const newcomer = await seedTenant(app(), { code: 'after-rebuild', orders: 1, shops: [] });
    const newCookie = await signIn(app(), newcomer.code, newcomer.admin.username, newcomer.admin.password);
    const list = await eventually(
      () => apiCaller(app())('GET', `/orders?${listQuery({ range: [0, 99] })}`, newCookie),
      (answer) => answer.status === 200 && answer.body.length > 0,
      'the new order did not reach the list',
    );
    expect(list.body.map((o: { id: string }) => o.id)).toEqual(newcomer.orderIds);
    expect((await ordersList()).body).toHaveLength(ORDERS);

    const db = app().container.get(TOKENS.Db);
    const count = (query: ReturnType<typeof sql.unsafe>) => db.oneFirst(query);
    // Every order once, at its stream's revision; every event once in the operation history; every purchase once.
    expect(await count(sql.unsafe`SELECT count(*)::int FROM order_search`)).toBe(ORDERS + 1);
    expect(
      await count(sql.unsafe`
        SELECT count(*)::int FROM order_search o JOIN streams s ON s.stream_name = 'order-' || o.id
        WHERE s.revision = o.revision`),
    ).toBe(ORDERS + 1);
    expect(await count(sql.unsafe`SELECT count(*)::int FROM operation_history`)).toBe(
      await count(sql.unsafe`SELECT count(*)::int FROM events`),
    );
    expect(await count(sql.unsafe`SELECT sum(purchase_count)::int FROM customers`)).toBe(ORDERS + 1);
    expect(await count(sql.unsafe`SELECT count(*)::int FROM customer_purchases`)).toBe(ORDERS + 1);
  });
});
