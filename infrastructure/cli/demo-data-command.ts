import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { registerShop } from '../../application/accounts/register-shop';
import { orderDeciderFor } from '../../application/orders/tenant-orders';
import { tenantSettingsRequest } from '../../application/tenant-settings/tenant-settings';
import type { OrderCommand } from '../../domain/order/commands';
import type { Mall } from '../../domain/order/order-data';
import { streamName } from '../../domain/shared/ids';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { listShops } from '../../projections/accounts/shop-queries';
import { type CliServices, withCli } from './cli-context';
import { operator } from './operator';
import { CARD_ROUTE, demoOrder, seededRandom } from './demo/demo-orders';

const DEFAULT_SHOPS: ReadonlyArray<{ code: string; mall: Mall; name: string }> = [
  { code: 'rakuten-main', mall: 'rakuten', name: '楽天市場店' },
  { code: 'yahoo-main', mall: 'yahoo', name: 'Yahoo!ショッピング店' },
  { code: 'amazon-main', mall: 'amazon', name: 'Amazon店' },
  { code: 'makeshop-main', mall: 'makeshop', name: '本店（MakeShop）' },
];
const CONCURRENCY = 8;

const DEMO_HOLD_BOXES = ['住所確認中', '入金確認中', '在庫確認中', 'お客様連絡待ち', 'ギフト内容確認'];

/**
 * The demo's card route and hold-box names, as tenant settings, so that the route filter and the hold dialog show what
 * the demo orders use. Deterministic command ids make a second run a no-op.
 */
async function demoSettings(cli: CliServices, tenantId: string) {
  const as = (what: string) => ({ ...operator(tenantId, 'demo-data'), idempotencyKey: `demo-data:${what}` });
  const { routeId, name, statuses } = CARD_ROUTE;
  await cli.pipeline.run(
    tenantSettingsRequest({ type: 'DefineProcessingRoute', tenantId, routeId, name, statuses }),
    as('card-route'),
  );
  for (const [i, boxName] of DEMO_HOLD_BOXES.entries()) {
    await cli.pipeline.run(
      tenantSettingsRequest({ type: 'NameHoldBox', tenantId, box: i + 1, name: boxName }),
      as(`hold-box-${i + 1}`),
    );
  }
}

/** Shops of the tenant; a tenant without any gets one on each of four malls, as a demo needs. */
async function demoShops(cli: CliServices, tenantId: string) {
  if ((await listShops(cli.db, tenantId)).length === 0) {
    for (const shop of DEFAULT_SHOPS)
      await cli.pipeline.run(registerShop({ tenantId, ...shop }), operator(tenantId, 'demo-data'));
  }
  return (await listShops(cli.db, tenantId)).map((s) => ({ id: s.id, mall: s.mall as Mall }));
}

export function registerDemoDataCommand(program: Command): void {
  program
    .command('demo-data')
    .description('fill a tenant with realistic Japanese orders through the real command path / デモ用受注データ')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--orders <n>', 'how many orders', (v) => Number.parseInt(v, 10))
    .option('--seed <n>', 'same seed, same orders (running again adds nothing)', (v) => Number.parseInt(v, 10), 1)
    .action((options: { tenant: string; orders: number; seed: number }) =>
      withCli(async (cli) => {
        if (!Number.isInteger(options.orders) || options.orders < 1)
          throw new Error('--orders must be a positive whole number');
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);
        await demoSettings(cli, tenant.id);
        const shops = await demoShops(cli, tenant.id);
        const commands = cli.commands;
        const decider = orderDeciderFor(tenant.id);
        const random = seededRandom(options.seed);
        const now = new Date();
        const send = (orderId: string, command: OrderCommand) =>
          commands.handle(
            decider,
            streamName.order(orderId),
            command,
            { tenantId: tenant.id, actor: 'demo-data', commandId: randomUUID(), correlationId: randomUUID() },
            { commandName: command.type },
          );

        // Generated up front so that the seed alone decides the data, whatever order the writers finish in.
        const plans = Array.from({ length: options.orders }, (_, i) => {
          const order = demoOrder(
            random,
            tenant.id,
            shops[Math.floor(random() * shops.length)]!,
            options.seed * 1_000_000 + i,
            now,
          );
          return {
            order,
            advances: Math.floor(random() * 4),
            holdBox: random() < 0.05 ? 1 + Math.floor(random() * 5) : undefined,
          };
        });
        let next = 0;
        let done = 0;
        await Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            while (next < plans.length) {
              const { order, advances, holdBox } = plans[next++]!;
              const imported = await send(order.orderId, order);
              if (E.isLeft(imported)) throw new Error(`order ${order.orderNumber}: ${JSON.stringify(imported.left)}`);
              for (let a = 0; a < advances; a++) await send(order.orderId, { type: 'AdvanceOrderStatus' });
              if (holdBox)
                await send(order.orderId, {
                  type: 'HoldOrder',
                  box: holdBox,
                  reason: { source: 'staff', ref: null, text: '住所確認中（デモ）' },
                });
              if (++done % 500 === 0) process.stdout.write(`${done} / ${plans.length}\n`);
            }
          }),
        );
        await cli.bringReadModelsUpToDate();
        console.log(`${plans.length} demo orders for ${options.tenant} across ${shops.length} shops`);
      }),
    );
}
