/** `oms my-page rotate-key` beside a running app: new links use the new key at once, links mailed before still open. */
import { TOKENS } from '../../infrastructure/container';
import { runCli } from '../support/cli';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { MyPageBuyer } from '../support/my-page-buyer';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const app = inProcessAppForThisFile();
let tenant: Tenant;
beforeAll(async () => {
  tenant = await seedTenant(app(), { code: 'takahashi', orders: 1 });
});

const keyIdOf = (url: string) => new URL(url).pathname.slice('/my/'.length).split('.')[0];

test('rotate-key prints the new and the previous key; the running app signs with the new one and still opens the old links', async () => {
  const links = app().container.get(TOKENS.MyPageLinks);
  const orderId = tenant.orderIds[0]!;
  const before = (await links.urlFor(tenant.id, orderId, 30))!;

  const rotated = await runCli(['my-page', 'rotate-key', '--json'], { DATABASE_URL: app().database.connectionString });
  expect(rotated.code).toBe(0);
  const keys = JSON.parse(rotated.stdout) as { current: string; previous: string };
  expect(keys.previous).toBe(keyIdOf(before));
  expect(keys.current).not.toBe(keys.previous);

  const after = (await links.urlFor(tenant.id, orderId, 30))!;
  expect(keyIdOf(after)).toBe(keys.current);
  const buyer = new MyPageBuyer(app().url);
  expect((await buyer.signIn(new URL(before).pathname, '090-1234-5678')).status).toBe(303);
  expect((await buyer.get(new URL(before).pathname)).text).toContain('ご請求額');
}, 60_000);
