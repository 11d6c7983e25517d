/**
 * Checks at intake that read beyond the order's own text, through the real app on PostgreSQL: 楽天's own 離島フラグ
 * from a real-layout RMS file, and a blacklisted customer found again by the address the customer register keeps
 * when they come back under another name, e-mail and phone.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { customerIdFor, importedOrderIdFor } from '../../domain/shared/ids';
import { apiCaller, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

/** Two orders of 﨑田 一郎: 387215-20261201-0000011 to 真鍋島 with 離島フラグ 1, 0000012 to 岡山市 with 0. */
const FIXTURE = path.join(__dirname, '../fixtures/import/rakuten-remote-island.csv');
const app = inProcessAppForThisFile();
let tenant: Tenant;
let cookie: string;
const call = (method: string, url: string, body?: unknown) => apiCaller(app())(method, url, cookie, body);
const rakutenShop = () => tenant.shops.find((s) => s.mall === 'rakuten')!.id;

interface CheckResult {
  finding: { check: string; destinationIndex: number | null; data: Record<string, string> };
  outcome: string;
  sentence: string;
}
const checksOf = async (orderId: string): Promise<CheckResult[]> =>
  (await call('GET', `/orders/${orderId}`)).body.checks;

beforeAll(async () => {
  tenant = await seedTenant(app(), { code: 'takahashi' });
  cookie = await signIn(app(), tenant.code, tenant.admin.username, tenant.admin.password);
  const form = new FormData();
  form.append('shopId', rakutenShop());
  form.append('format', 'rakuten');
  form.append('files', new Blob([new Uint8Array(await readFile(FIXTURE))]), 'rakuten-remote-island.csv');
  const response = await fetch(`${app().url}/api/imports`, { method: 'POST', headers: { cookie }, body: form });
  expect(await response.json()).toMatchObject({ status: 'completed', imported: 2 });
  await app().readModelsCaughtUp();
}, 180_000);

describe("楽天's own 離島 flag", () => {
  const orderId = (orderNumber: string) => importedOrderIdFor(tenant.id, rakutenShop(), orderNumber);

  test('an order with 離島フラグ 1 trips 要注意発送地域 saying 楽天 flagged it, though the area table has no such row', async () => {
    const { body } = await call('GET', `/orders/${orderId('387215-20261201-0000011')}`);
    expect(body.mallData.remoteIsland).toBe(true);
    expect(body.checks.filter((c: CheckResult) => c.finding.check === 'caution_area')).toEqual([
      expect.objectContaining({
        finding: { check: 'caution_area', destinationIndex: null, data: { source: 'mall', labels: '離島' } },
        outcome: 'warning',
        sentence: '楽天の離島フラグが付いた注文です（離島）',
      }),
    ]);
  });

  test('an order with 離島フラグ 0 keeps no flag and trips nothing', async () => {
    const { body } = await call('GET', `/orders/${orderId('387215-20261201-0000012')}`);
    expect(body.mallData).not.toHaveProperty('remoteIsland');
    expect(body.checks.map((c: CheckResult) => c.finding.check)).not.toContain('caution_area');
  });
});

describe('a blacklisted customer under another e-mail and phone', () => {
  const sakita = () => customerIdFor(tenant.id, 'email:sakita@example.jp');
  const enterOrder = async (address: { postalCode: string; prefecture: string; city: string; street: string }) => {
    const entered = await call('POST', '/orders', {
      shopId: rakutenShop(),
      channel: 'phone',
      orderer: {
        name: '山田 花子',
        kana: 'ﾔﾏﾀﾞ ﾊﾅｺ',
        ...address,
        building: '',
        phone: '03-9999-0000',
        email: 'yamada@example.jp',
      },
      destinations: [
        { lines: [{ sku: 'TEA-001', name: '静岡茶', unitPrice: 1080, quantity: 1, taxRate: 8 }], delivery: {} },
      ],
      charges: { shipping: 660 },
      payment: { method: 'bank_transfer' },
      buyerRemarks: '',
    });
    expect(entered.status).toBe(201);
    return (await checksOf(entered.body.id)).filter((c) => c.finding.check === 'blacklist');
  };

  beforeAll(async () => {
    const blacklisted = await call('POST', `/customers/${sakita()}/commands/blacklist`, { reason: '受取拒否2回' });
    expect(blacklisted.status).toBe(200);
    await app().readModelsCaughtUp();
  });

  test('the same address, written otherwise, trips the blacklist naming the customer', async () => {
    const found = await enterOrder({
      postalCode: '〒７１４－００３７',
      prefecture: '',
      city: '笠岡市',
      street: '真鍋島 2215',
    });
    // The orderer and the destination (the orderer's own address) both match; the order keeps one result per check.
    expect(found).toEqual([
      expect.objectContaining({
        finding: {
          check: 'blacklist',
          destinationIndex: 0,
          data: { matchedBy: 'address', customerId: sakita(), name: '﨑田 一郎', reason: '受取拒否2回' },
        },
        sentence: 'お届け先1 の住所がブラックリストの顧客 﨑田 一郎 と同じです（受取拒否2回）',
      }),
    ]);
  });

  test('another address trips nothing', async () => {
    expect(
      await enterOrder({ postalCode: '700-0024', prefecture: '岡山県', city: '岡山市北区', street: '駅元町1-1' }),
    ).toEqual([]);
  });
});
