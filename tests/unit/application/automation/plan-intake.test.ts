import { type IntakeLookups, planIntake } from '../../../../application/automation/plan-intake';
import type { IntakeSettings } from '../../../../application/automation/ports';
import type { AutomationRule } from '../../../../domain/automation/rule';
import type { CheckSettings } from '../../../../domain/checks/check-finding';
import { DEFAULT_CHECK_SETTINGS } from '../../../../domain/checks/default-check-settings';
import { defaultLeadDays } from '../../../../domain/checks/lead-days';
import { kenAllLookup } from '../../../../infrastructure/postal/ken-all-lookup';
import { mallData, recipient, shopData } from '../../../support/order-fixtures';

const order = {
  orderId: 'o-1',
  tenantId: '7d0d4b1e-6f6b-4c59-9a1e-2b9a3c4d5e6f',
  shopId: 's-1',
  orderNumber: '123456-20261130-0000001',
  mall: 'rakuten' as const,
  // 530-0001 is 大阪府大阪市北区梅田 in KEN_ALL; the buyer wrote a Tokyo address.
  mallData: {
    ...mallData,
    buyerRemarks: '',
    destinations: [
      {
        ...mallData.destinations[0]!,
        recipient: {
          ...recipient,
          postalCode: '530-0001',
          prefecture: '東京都',
          city: '新宿区西新宿',
          street: '2-8-1',
        },
      },
    ],
  },
  shopData: { ...shopData, plannedShipDate: '2026-12-02' },
};

const lookups: IntakeLookups = {
  today: '2026-11-30',
  postal: kenAllLookup,
  leadDays: defaultLeadDays,
  blacklist: [],
  recentOrders: () => [],
  customer: () => undefined,
  route: () => undefined,
  closedDays: () => () => false,
};

const settingsWith = (checks: Partial<CheckSettings['checks']>): IntakeSettings => ({
  rules: [],
  cautionAreas: [],
  checkSettings: () => ({ ...DEFAULT_CHECK_SETTINGS, checks: { ...DEFAULT_CHECK_SETTINGS.checks, ...checks } }),
});

describe('planIntake: the checks', () => {
  test('a postal code of another city trips the address check, held in the box the shop chose', () => {
    const plan = planIntake(order, settingsWith({ address: { mode: 'hold', box: 3 } }), lookups);
    expect(plan.findings.filter((f) => f.finding.check === 'address')).toEqual([
      expect.objectContaining({ outcome: 'hold', box: 3, finding: expect.objectContaining({ destinationIndex: 0 }) }),
    ]);
  });

  test('in warn mode the same finding is a warning only', () => {
    const plan = planIntake(order, settingsWith({ address: { mode: 'warn', box: 3 } }), lookups);
    expect(plan.findings.find((f) => f.finding.check === 'address')).toMatchObject({ outcome: 'warning', box: null });
  });

  test('a check turned off finds nothing', () => {
    const plan = planIntake(order, settingsWith({ address: { mode: 'off', box: null } }), lookups);
    expect(plan.findings.map((f) => f.finding.check)).not.toContain('address');
  });

  test('the address as KEN_ALL has it trips nothing', () => {
    const osaka = {
      ...order,
      mallData: {
        ...order.mallData,
        destinations: [{ ...order.mallData.destinations[0]!, recipient }],
      },
    };
    const plan = planIntake(osaka, settingsWith({ address: { mode: 'hold', box: 3 } }), lookups);
    expect(plan.findings.map((f) => f.finding.check)).not.toContain('address');
  });

  test('a hold without a box holds in box 1', () => {
    const plan = planIntake(order, settingsWith({ address: { mode: 'hold', box: null } }), lookups);
    expect(plan.findings.find((f) => f.finding.check === 'address')).toMatchObject({ outcome: 'hold', box: 1 });
  });
});

describe('planIntake: what the order and its shop add to the checks', () => {
  test('an order whose prices are to come (Amazon unshipped report) is one amounts_unconfirmed finding, not a mismatch', () => {
    const unpriced = { ...order, amountsToConfirm: true };
    const amounts = planIntake(unpriced, settingsWith({}), lookups).findings.filter(
      (f) => f.finding.check === 'amounts',
    );
    expect(amounts.map((f) => f.finding.data.code)).toEqual(['amounts_unconfirmed']);
  });

  test("the shop's closed days push the first possible delivery day past the buyer's wish", () => {
    const wished = {
      ...order,
      mallData: {
        ...order.mallData,
        destinations: [
          {
            ...order.mallData.destinations[0]!,
            delivery: { desiredDate: '2026-12-03', timeSlot: null },
          },
        ],
      },
    };
    const checks = (closed: (date: string) => boolean) =>
      planIntake(wished, settingsWith({}), { ...lookups, closedDays: () => closed }).findings.map(
        (f) => f.finding.check,
      );
    expect(checks(() => false)).not.toContain('delivery_date');
    expect(checks((date) => date === '2026-12-02' || date === '2026-12-03')).toContain('delivery_date');
  });
});

describe('planIntake: the results recorded are those of the order as the rules leave it', () => {
  const undated = { ...order, shopData: { ...order.shopData, plannedShipDate: null } };
  const shipInTwoDays = (conditions: AutomationRule['conditions']): IntakeSettings => ({
    ...settingsWith({}),
    rules: [
      {
        id: 'ship-date',
        name: '出荷は2営業日後',
        enabled: true,
        stop: false,
        conditions,
        actions: [{ kind: 'ship_date_offset', days: 2 }],
      },
    ],
  });
  const checksOf = (plan: ReturnType<typeof planIntake>) => plan.findings.map((f) => f.finding.check);

  test('a rule that sets the planned ship date leaves no 出荷予定日 finding behind', () => {
    expect(checksOf(planIntake(undated, settingsWith({}), lookups))).toContain('ship_date');
    const plan = planIntake(undated, shipInTwoDays({ match: 'all', groups: [] }), lookups);
    expect(plan.effects.map((e) => e.rule.id)).toEqual(['ship-date']);
    expect(checksOf(plan)).not.toContain('ship_date');
  });

  test('the rules read the checks of the order as it came in: a rule on the 出荷予定日 check still matches', () => {
    const plan = planIntake(
      undated,
      shipInTwoDays({ match: 'all', groups: [{ match: 'all', conditions: [{ field: 'check', check: 'ship_date' }] }] }),
      lookups,
    );
    expect(plan.effects.map((e) => e.rule.id)).toEqual(['ship-date']);
    expect(checksOf(plan)).not.toContain('ship_date');
    // The address finding is not the rule's business and stays.
    expect(checksOf(plan)).toContain('address');
  });
});
