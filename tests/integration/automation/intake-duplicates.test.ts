/**
 * The duplicate check at intake through the real look-ups: the tenant's orders in the order list found by the buyer's
 * e-mail or phone (migration 0038's indexes), read from their streams; the orders planned earlier in the same import
 * counted as they were planned, and not read again from the order list.
 */
import { type IntakeReads, intakePlannerFor } from '../../../application/automation/intake-planner';
import type { IntakeOrder } from '../../../application/automation/plan-intake';
import type { RecentOrder } from '../../../domain/checks/check-context';
import { CHECK_KINDS, type CheckSettings } from '../../../domain/checks/check-finding';
import { DEFAULT_CHECK_SETTINGS } from '../../../domain/checks/default-check-settings';
import type { IntakeAutomation } from '../../../domain/order/intake-automation';
import { importedOrderIdFor } from '../../../domain/shared/ids';
import { TOKENS } from '../../../infrastructure/container';
import { inProcessAppForThisFile } from '../../support/in-process-app';
import { importOrder, shopData } from '../../support/order-fixtures';
import { seedTenant, type Tenant } from '../../support/tenant-fixture';

const app = inProcessAppForThisFile();

const DUPLICATES_ONLY: CheckSettings = {
  ...DEFAULT_CHECK_SETTINGS,
  checks: Object.fromEntries(
    CHECK_KINDS.map((kind) => [kind, { mode: kind === 'duplicate' ? 'warn' : 'off', box: null }]),
  ) as CheckSettings['checks'],
};

let tenant: Tenant;
beforeAll(async () => {
  // Two earlier orders of 髙橋 太郎 for the same items: the second under another e-mail (same name and phone).
  tenant = await seedTenant(app(), {
    code: 'dup-co',
    orders: 2,
    ordererEmails: ['ＴＡＲＯ＠Example.JP', 'other@example.jp'],
  });
  await app().readModelsCaughtUp();
}, 60_000);

const shopId = () => tenant.shops[0]!.id;
const intakeOrder = (orderNumber: string, orderer: Partial<IntakeOrder['mallData']['orderer']> = {}): IntakeOrder => ({
  orderId: importedOrderIdFor(tenant.id, shopId(), orderNumber),
  tenantId: tenant.id,
  shopId: shopId(),
  orderNumber,
  mall: 'rakuten',
  mallData: { ...importOrder.mallData, orderer: { ...importOrder.mallData.orderer, ...orderer } },
  shopData,
});

/** A planner as an import makes one, whose order-list look-ups are recorded. */
const recordingPlanner = async () => {
  const planning = app().container.get(TOKENS.IntakePlanning);
  const read: RecentOrder[][] = [];
  const reads: IntakeReads = {
    ...planning.reads,
    recentOrders: async (...args) => {
      const found = await planning.reads.recentOrders(...args);
      read.push(found);
      return found;
    },
  };
  const settings = { forTenant: async () => ({ rules: [], cautionAreas: [], checkSettings: () => DUPLICATES_ONLY }) };
  return { planner: await intakePlannerFor({ ...planning, settings, reads }, tenant.id), read };
};

const duplicatesOf = (plan: IntakeAutomation) => plan.findings.map(({ finding }) => finding.data['orderNumber']).sort();

describe('the duplicate check at intake', () => {
  test('finds earlier orders by the e-mail alone, or by the name and phone under another e-mail', async () => {
    // Each in an import of its own: the look-up is one per batch, for all of its buyers.
    const planOne = async (order: IntakeOrder) => (await (await recordingPlanner()).planner.planBatch([order]))[0]!;
    const byEmail = await planOne(intakeOrder('777-20261130-0000001', { phone: '080-9999-0000' }));
    const byPhone = await planOne(intakeOrder('777-20261130-0000002', { email: 'new@example.jp' }));
    const someoneElse = await planOne(
      intakeOrder('777-20261130-0000003', { email: 'sato@example.jp', phone: '080-1111-2222', name: '佐藤 花子' }),
    );
    expect(duplicatesOf(byEmail)).toEqual(['123456-20261130-0000000']);
    expect(duplicatesOf(byPhone)).toEqual(['123456-20261130-0000000', '123456-20261130-0000001']);
    expect(duplicatesOf(someoneElse)).toEqual([]);
  });

  test('an order planned earlier in the import counts as planned, and is not read again from the order list', async () => {
    const { planner, read } = await recordingPlanner();
    // Order 0 again (a re-import of it), then a new order of the same buyer in the next batch.
    const reimported = { ...intakeOrder('123456-20261130-0000000'), orderId: tenant.orderIds[0]! };
    await planner.planBatch([reimported]);
    const [next] = await planner.planBatch([intakeOrder('777-20261130-0000004', { phone: '080-9999-0000' })]);
    expect(duplicatesOf(next!)).toEqual(['123456-20261130-0000000']);
    expect(read.at(-1)!.map((r) => r.orderId)).not.toContain(tenant.orderIds[0]);
  });

  test("a buyer's second order in the same batch finds the first", async () => {
    const { planner } = await recordingPlanner();
    const buyer = { email: 'twice@example.jp', phone: '080-3333-4444', name: '渡邊 二郎' };
    const [first, second] = await planner.planBatch([
      intakeOrder('777-20261130-0000005', buyer),
      intakeOrder('777-20261130-0000006', buyer),
    ]);
    expect(duplicatesOf(first!)).toEqual([]);
    expect(duplicatesOf(second!)).toEqual(['777-20261130-0000005']);
  });

  test('finds them however the buyer typed the phone or the e-mail this time', async () => {
    const { planner } = await recordingPlanner();
    // The earlier orders have ０９０－１２３４－５６７８ and ＴＡＲＯ＠Example.JP.
    const [halfWidthPhone, halfWidthEmail] = await planner.planBatch([
      intakeOrder('777-20261130-0000007', { phone: '090 1234 5678', email: 'new2@example.jp' }),
      intakeOrder('777-20261130-0000008', { phone: '080-5555-6666', email: ' taro@example.jp ' }),
    ]);
    expect(duplicatesOf(halfWidthPhone!)).toEqual(['123456-20261130-0000000', '123456-20261130-0000001']);
    expect(duplicatesOf(halfWidthEmail!)).toEqual(['123456-20261130-0000000']);
  });
});
