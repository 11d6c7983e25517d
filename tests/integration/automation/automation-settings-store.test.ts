/**
 * The automation settings as intake reads them, from the real event store and read model: the enabled rules in the
 * tenant's order, its 要注意発送地域 (the shipped list until it saves one) and each shop's check settings (the defaults
 * until the shop saves its own). Another tenant's settings never show.
 */
import * as E from 'fp-ts/Either';
import { registerShop } from '../../../application/accounts/register-shop';
import { automationRulesRequest } from '../../../application/automation/automation-rules';
import type { CommandRequest } from '../../../application/commands/command-pipeline';
import { createProductEventRegistry } from '../../../application/events/product-events';
import { tenantSettingsRequest } from '../../../application/tenant-settings/tenant-settings';
import { DEFAULT_CHECK_SETTINGS } from '../../../domain/checks/default-check-settings';
import { SHIPPED_CAUTION_AREAS } from '../../../domain/checks/shipped-caution-areas';
import type { CautionArea, CheckSettings } from '../../../domain/checks/check-finding';
import type { DomainEvent } from '../../../domain/shared/decider';
import { shopIdFor, streamName } from '../../../domain/shared/ids';
import { shopDecider } from '../../../domain/shop/shop';
import { storedAutomationSettings } from '../../../infrastructure/automation/automation-settings-store';
import { accountsProjection } from '../../../projections/accounts/accounts-projection';
import { ProjectionRunner } from '../../../projections/runner';
import { highCodRule, remarksTagRule } from '../../support/automation-rule-samples';
import { handleRequest, openWriteSide, type WriteSide } from '../../support/write-side';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const shopA1 = shopIdFor(A, 'rakuten-main');
const shopA2 = shopIdFor(A, 'yahoo-main');
const shopB = shopIdFor(B, 'rakuten-main');
const SETTINGS: CheckSettings = {
  ...DEFAULT_CHECK_SETTINGS,
  checks: { ...DEFAULT_CHECK_SETTINGS.checks, address: { mode: 'hold', box: 3 }, remarks: { mode: 'warn', box: null } },
  remarkKeywords: ['至急', '㈱髙橋'],
};
const AREAS: CautionArea[] = [
  { id: 'yonaguni', key: { kind: 'postal', code: '9071801' }, labels: ['離島'], carriers: [], note: '与那国町①' },
];
const disabled = { ...remarksTagRule({ id: 'off', name: '無効のルール' }), enabled: false };

let side: WriteSide;
const registry = createProductEventRegistry();
const send = async <C, Ev extends DomainEvent, S>(request: CommandRequest<C, Ev, S>, tenantId: string) => {
  const result = await handleRequest(side.commands, request, { tenantId });
  if (E.isLeft(result)) throw new Error(`refused: ${JSON.stringify(result.left)}`);
};
const settings = () => storedAutomationSettings(side.db, side.store, registry);

beforeAll(async () => {
  side = await openWriteSide();
  await send(registerShop({ tenantId: A, code: 'rakuten-main', mall: 'rakuten', name: '楽天市場店' }), A);
  await send(registerShop({ tenantId: A, code: 'yahoo-main', mall: 'yahoo', name: 'Yahoo!店' }), A);
  await send(registerShop({ tenantId: B, code: 'rakuten-main', mall: 'rakuten', name: '別会社の楽天店' }), B);
  const setChecks = { type: 'SetShopCheckSettings', shopId: shopA1, tenantId: A, settings: SETTINGS } as const;
  await send(
    { decider: shopDecider, streamName: streamName.shop(shopA1), command: setChecks, commandName: setChecks.type },
    A,
  );
  for (const rule of [highCodRule(), disabled, remarksTagRule()])
    await send(automationRulesRequest({ type: 'SaveAutomationRule', tenantId: A, rule, position: null }), A);
  await send(
    automationRulesRequest({
      type: 'ReorderAutomationRules',
      tenantId: A,
      ruleIds: ['remarks-tag', 'off', 'high-cod'],
    }),
    A,
  );
  await send(tenantSettingsRequest({ type: 'SaveCautionAreas', tenantId: A, areas: AREAS }), A);
  await new ProjectionRunner(accountsProjection, side.runnerDependencies, {
    batchSize: 50,
    standbyRetryMs: 30,
  }).catchUp();
}, 60_000);
afterAll(() => side.close());

describe('stored automation settings', () => {
  test("the tenant's enabled rules in its order, its own area table and each shop's check settings", async () => {
    const read = await settings().forTenant(A);
    expect(read.rules.map((rule) => rule.id)).toEqual(['remarks-tag', 'high-cod']);
    expect(read.rules[1]).toEqual(highCodRule());
    expect(read.cautionAreas).toEqual(AREAS);
    expect(read.checkSettings(shopA1)).toEqual(SETTINGS);
    expect(read.checkSettings(shopA2)).toEqual(DEFAULT_CHECK_SETTINGS);
  });

  test("another tenant has no rules, the shipped areas and the defaults, even for the first tenant's shop", async () => {
    const read = await settings().forTenant(B);
    expect(read.rules).toEqual([]);
    expect(read.cautionAreas).toEqual(SHIPPED_CAUTION_AREAS);
    expect(read.checkSettings(shopB)).toEqual(DEFAULT_CHECK_SETTINGS);
    expect(read.checkSettings(shopA1)).toEqual(DEFAULT_CHECK_SETTINGS);
  });

  test('going back to the shipped list reads the shipped list again', async () => {
    await send(tenantSettingsRequest({ type: 'ResetCautionAreas', tenantId: A }), A);
    expect((await settings().forTenant(A)).cautionAreas).toEqual(SHIPPED_CAUTION_AREAS);
  });
});
