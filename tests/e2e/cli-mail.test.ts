/** `oms mail send`: mails asked for by order number and by status tab, with no server sending. */
import { runCli } from '../support/cli';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile({ mailWorker: false });
let tenant: Tenant;
const env = () => ({ DATABASE_URL: app().database.connectionString });
const send = (...args: string[]) =>
  runCli(
    ['mail', 'send', '--tenant', 'cli-mail', ...args],
    { ...env(), LOG_LEVEL: process.env.CLI_LOG ?? 'warn' },
    '',
    { timeoutMs: Number(process.env.CLI_TIMEOUT ?? 90_000) },
  );
const NUMBERS = '123456-20261130-0000000,123456-20261130-0000001';

beforeAll(async () => {
  tenant = await seedTenant(app(), {
    code: 'cli-mail',
    orders: 2,
    ordererEmails: ['taro@example.jp', 'hanako@example.jp'],
  });
}, 60_000);

const outbox = async () =>
  (
    await app().database.pool.query(
      'SELECT state, to_address FROM mail_outbox WHERE tenant_id = $1 ORDER BY to_address',
      [tenant.id],
    )
  ).rows;

describe('oms mail send', () => {
  test('--json --no-wait prints {"queued":N,"skipped":N} once the mails are queued; a second run skips them', async () => {
    const first = await send('--kind', 'thanks', '--orders', NUMBERS, '--json', '--no-wait');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(first.stdout)).toEqual({ queued: 2, skipped: 0 });
    expect(await outbox()).toEqual([
      { state: 'queued', to_address: null },
      { state: 'queued', to_address: null },
    ]);
    const again = await send('--kind', 'thanks', '--status', 'new', '--json', '--no-wait');
    expect(JSON.parse(again.stdout)).toEqual({ queued: 0, skipped: 2 });
  }, 120_000);

  test('without --no-wait the CLI sends them itself and returns once they are sent', async () => {
    const result = await send('--kind', 'payment_confirmed', '--orders', NUMBERS, '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual({ queued: 2, skipped: 0 });
    const sent = await app().database.pool.query(
      "SELECT count(*)::int AS n FROM mail_outbox WHERE tenant_id = $1 AND kind = 'payment_confirmed' AND state = 'sent'",
      [tenant.id],
    );
    expect(sent.rows[0].n).toBe(2);
  }, 120_000);

  test('a refused order exits 1 with the reason in Japanese', async () => {
    const result = await send('--kind', 'shipped', '--orders', '123456-20261130-0000000', '--no-wait');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('123456-20261130-0000000: 伝票番号が未設定の送付先があるため');
  }, 120_000);
});
