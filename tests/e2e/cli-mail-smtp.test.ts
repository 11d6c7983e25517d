/** `oms mail smtp`: a shop's SMTP server from the CLI, the password read from a variable, never printed or stored plain. */
import { createPool, sql } from 'slonik';
import { secretBox } from '../../infrastructure/mail/secret-box';
import { runCli } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let env: Record<string, string>;
const PASSWORD = 'smtp-秘密-①';
beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.connectionString, SHOP_SMTP_PASSWORD: PASSWORD };
  expect(
    (await runCli(['setup', '--tenant', 'takahashi', '--admin', 'owner'], { ...env, OMS_ADMIN_PASSWORD: 'p-①' })).code,
  ).toBe(0);
  for (const [code, mall] of [
    ['yahoo-main', 'yahoo'],
    ['rakuten-main', 'rakuten'],
  ])
    expect(
      (
        await runCli(
          ['shop', 'create', '--tenant', 'takahashi', '--code', code!, '--mall', mall!, '--name', '髙橋'],
          env,
        )
      ).code,
    ).toBe(0);
}, 60_000);
afterAll(() => database.drop());

const mailSmtp = (...args: string[]) => runCli(['mail', 'smtp', '--tenant', 'takahashi', ...args], env);

describe('oms mail smtp', () => {
  test('saves the server, prints it without the password, and the DNS records to publish', async () => {
    const saved = await mailSmtp(
      '--shop', 'yahoo-main', '--host', 'smtp.example.jp', '--port', '587', '--user', 'shop@example.jp',
      '--password-env', 'SHOP_SMTP_PASSWORD', '--from', '髙橋商店 <info@takahashi.example>', '--security', 'starttls',
    ); // prettier-ignore
    expect(saved.stderr).toBe('');
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain('server:   smtp.example.jp:587 (starttls)');
    expect(saved.stdout).toContain('password set');
    expect(saved.stdout).toContain('from:     "髙橋商店" <info@takahashi.example>');
    expect(saved.stdout).toMatch(/oms1-\d{8}\._domainkey\.takahashi\.example\tTXT\t"v=DKIM1; k=rsa; p=/);
    expect(saved.stdout).toContain('takahashi.example\tTXT\t"v=spf1 a:smtp.example.jp mx ~all"');
    expect(saved.stdout).not.toContain(PASSWORD);
    const db = await createPool(database.connectionString);
    try {
      const row = await db.one(sql.unsafe`SELECT tenant_id, shop_id, password_encrypted FROM shop_smtp_settings`);
      const stored = String(row.password_encrypted);
      expect(stored).not.toContain(PASSWORD);
      expect(stored).toMatch(/^v1\./);
      // What was sealed is the variable's value, not its name.
      const opened = (await secretBox(db)).open(stored, `smtp-password/${row.tenant_id}/${row.shop_id}`);
      expect(opened).toBe(PASSWORD);
    } finally {
      await db.end();
    }
  });

  test("--rakuten-relay uses 楽天's relay and publishes nothing; bad options are refused with the reason", async () => {
    const relay = await mailSmtp(
      '--shop', 'rakuten-main', '--rakuten-relay', '--user', 'rms-id', '--password-env', 'SHOP_SMTP_PASSWORD',
      '--from', 'shop@shop.rakuten.co.jp',
    ); // prettier-ignore
    expect(relay.code).toBe(0);
    expect(relay.stdout).toContain('mode:     rakuten-relay');
    expect(relay.stdout).toContain('server:   sub.fw.rakuten.ne.jp:587');
    expect(relay.stdout).toContain('nothing to publish');
    const bad = await mailSmtp('--shop', 'yahoo-main', '--host', 'smtp.example.jp', '--port', '0', '--from', 'x@y.jp');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--port');
    const noVariable = await mailSmtp(
      '--shop', 'yahoo-main', '--host', 'smtp.example.jp', '--port', '587', '--user', 'u', '--password-env', 'UNSET_VAR',
      '--from', 'x@y.jp',
    ); // prettier-ignore
    expect(noVariable.code).toBe(1);
    expect(noVariable.stderr).toContain('UNSET_VAR');
    expect((await mailSmtp('--shop', 'nope', '--host', 'h.jp', '--port', '25', '--from', 'x@y.jp')).stderr).toContain(
      'no shop nope',
    );
  });
});
