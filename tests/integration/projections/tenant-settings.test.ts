import * as E from 'fp-ts/Either';
import { changeTenantSettings } from '../../../application/tenant-settings/tenant-settings';
import type { TenantSettingsCommand } from '../../../domain/tenant-settings/tenant-settings';
import { ProjectionRunner } from '../../../projections/runner';
import { tenantSettingsProjection } from '../../../projections/tenant-settings/tenant-settings-projection';
import { listHoldBoxes, listProcessingRoutes } from '../../../projections/tenant-settings/tenant-settings-queries';
import { context, openWriteSide, type WriteSide } from '../../support/write-side';

const A = '00000000-0000-4000-8000-000000000001';
const B = '00000000-0000-4000-8000-000000000002';
const CARD = [
  'new',
  'awaiting_shipment',
  'awaiting_documents',
  'awaiting_tracking_number',
  'awaiting_shipping_mail',
  'completed',
] as const;

let side: WriteSide;
const runner = () =>
  new ProjectionRunner(tenantSettingsProjection, side.runnerDependencies, { batchSize: 2, standbyRetryMs: 30 });
const send = async (command: TenantSettingsCommand) => {
  const result = await changeTenantSettings(side.commands, command, context({ tenantId: command.tenantId }));
  if (E.isLeft(result)) throw new Error(`${command.type} refused: ${JSON.stringify(result.left)}`);
};

beforeAll(async () => {
  side = await openWriteSide();
  await send({
    type: 'DefineProcessingRoute',
    tenantId: A,
    routeId: 'r-card',
    name: 'カード決済',
    statuses: [...CARD],
  });
  await send({
    type: 'DefineProcessingRoute',
    tenantId: A,
    routeId: 'r-warehouse',
    name: '外部倉庫①',
    statuses: ['new', 'awaiting_shipment', 'completed'],
  });
  await send({
    type: 'ChangeProcessingRoute',
    tenantId: A,
    routeId: 'r-card',
    name: 'ｶｰﾄﾞ・後払い',
    statuses: ['new', 'awaiting_shipment', 'completed'],
  });
  await send({
    type: 'ChangeProcessingRoute',
    tenantId: A,
    routeId: 'standard',
    name: '通常（銀行振込）',
    statuses: [
      'new',
      'awaiting_payment',
      'awaiting_shipment',
      'awaiting_documents',
      'awaiting_tracking_number',
      'awaiting_shipping_mail',
      'completed',
    ],
  });
  await send({ type: 'RetireProcessingRoute', tenantId: A, routeId: 'r-warehouse' });
  await send({ type: 'NameHoldBox', tenantId: A, box: 3, name: '住所不備' });
  await send({ type: 'NameHoldBox', tenantId: A, box: 30, name: '入金確認中' });
  await send({ type: 'NameHoldBox', tenantId: A, box: 30, name: '' });
  await runner().catchUp();
}, 60_000);
afterAll(async () => side.close());

describe('tenant-settings projection', () => {
  test('a tenant without settings has the standard route and default box names', async () => {
    expect(await listProcessingRoutes(side.db, B)).toEqual([
      {
        id: 'standard',
        name: '標準',
        statuses: expect.arrayContaining(['awaiting_payment']),
        standard: true,
        retired: false,
      },
    ]);
    const boxes = await listHoldBoxes(side.db, B);
    expect(boxes).toHaveLength(30);
    expect(boxes[29]).toEqual({ id: 30, name: '保留ボックス30', defaultName: '保留ボックス30', heldCount: 0 });
  });

  test('edits, a renamed standard route and a retired route as the screens read them', async () => {
    expect((await listProcessingRoutes(side.db, A)).map((r) => [r.id, r.name, r.statuses.length])).toEqual([
      ['standard', '通常（銀行振込）', 7],
      ['r-card', 'ｶｰﾄﾞ・後払い', 3],
    ]);
    expect(await listProcessingRoutes(side.db, A, ['r-warehouse'])).toMatchObject([
      { name: '外部倉庫①', retired: true },
    ]);
    expect((await listHoldBoxes(side.db, A, [3, 30])).map((b) => b.name)).toEqual(['住所不備', '保留ボックス30']);
  });

  test('a rebuild gives the same read model', async () => {
    const before = [
      await listProcessingRoutes(side.db, A, ['standard', 'r-card', 'r-warehouse']),
      await listHoldBoxes(side.db, A),
    ];
    await runner().rebuild();
    expect([
      await listProcessingRoutes(side.db, A, ['standard', 'r-card', 'r-warehouse']),
      await listHoldBoxes(side.db, A),
    ]).toEqual(before);
  });
});
