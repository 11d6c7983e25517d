/**
 * The request log of a real server holds no secret: neither the bearer token a script sent nor the session cookie a
 * browser was given and sent back. Whole-process, because what matters is what `npm start` prints.
 */
import { runCli } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { type ServerProcess, startServerProcess } from '../support/server-process';

const PASSWORD = 'pass-ログ①';
let database: TestDatabase;
let server: ServerProcess;

beforeAll(async () => {
  database = await createTestDatabase();
  const env = { DATABASE_URL: database.connectionString, OMS_ADMIN_PASSWORD: PASSWORD };
  expect((await runCli(['setup', '--tenant', 'takahashi', '--admin', 'owner'], env)).code).toBe(0);
  server = await startServerProcess({ DATABASE_URL: database.connectionString, LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
}, 120_000);

afterAll(async () => {
  await database.drop();
});

test('neither the bearer token nor the session cookie reaches the log; the requests are logged all the same', async () => {
  const env = { DATABASE_URL: database.connectionString };
  const token = (await runCli(['token', 'create', '--tenant', 'takahashi', '--user', 'owner'], env)).stdout.trim();
  expect(token).toMatch(/^oms_/);
  const withToken = await fetch(`${server.url}/api/orders`, { headers: { authorization: `Bearer ${token}` } });
  expect(withToken.status).toBe(200);

  const signedIn = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: 'takahashi', username: 'owner', password: PASSWORD }),
  });
  expect(signedIn.status).toBe(200);
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  const sessionId = decodeURIComponent(cookie.split('=')[1]!);
  expect((await fetch(`${server.url}/api/orders`, { headers: { cookie } })).status).toBe(200);

  expect(await server.stop()).toBe(0);
  const log = server.output();
  expect(log).toContain('"url":"/api/orders"');
  expect(log).toContain('[redacted]');
  expect(log).not.toContain(token);
  expect(log).not.toContain(sessionId);
  expect(log).not.toContain(PASSWORD);
});
