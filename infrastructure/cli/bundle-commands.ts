import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { bundleOrders, unbundleOrders } from '../../application/bundles/bundle-orders';
import { refusalText } from '../../application/commands/refusals';
import { loadTenantSettings } from '../../application/tenant-settings/tenant-settings';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { listBundleCandidateGroups } from '../../projections/order-search/bundle-candidate-queries';
import { findOrderRow } from '../../projections/order-search/order-search-queries';
import { type CliServices, withCli } from './cli-context';
import { orderIdsOfNumbers } from './order-selection';
import { operator } from './operator';

interface TenantOption {
  readonly tenant: string;
  readonly json?: boolean;
}

const tenantOf = async (cli: CliServices, code: string) => {
  const tenant = await findTenantByCode(cli.db, code);
  if (!tenant) throw new Error(`no tenant ${code} / テナントが見つかりません`);
  return tenant;
};

/** The answer of a merge or split: the bundle's order numbers, or the refusal (exit 1). */
const printBundle = async (
  cli: CliServices,
  tenantId: string,
  done: string,
  answer: Awaited<ReturnType<typeof bundleOrders>>,
  json: boolean | undefined,
) => {
  if (E.isLeft(answer)) {
    process.exitCode = 1;
    const message = refusalText(answer.left);
    return void (json ? console.log(JSON.stringify({ ok: false, message })) : console.error(message));
  }
  const { bundleId, orderIds } = answer.right;
  const rows = await Promise.all(orderIds.map((id) => findOrderRow(cli.db, tenantId, id)));
  const numbers = rows.map((row, i) => row?.orderNumber ?? orderIds[i]!);
  if (json) return void console.log(JSON.stringify({ ok: true, bundleId, orderNumbers: numbers }));
  console.log(`${done}: ${numbers.join(' ')}`);
};

/** `oms orders bundle-candidates|bundle|unbundle`: 同梱 from scripts, through the same services as the admin's. */
export function registerBundleCommands(orders: Command): void {
  orders
    .command('bundle-candidates')
    .description('list the groups of orders that can ship as one parcel / 同梱候補')
    .requiredOption('--tenant <code>', 'tenant code')
    .option('--json', 'print the groups as JSON')
    .action((options: TenantOption) =>
      withCli(async (cli) => {
        const tenant = await tenantOf(cli, options.tenant);
        const acrossMalls = (await loadTenantSettings(cli.store, cli.registry, tenant.id)).bundleAcrossMalls;
        const groups = await listBundleCandidateGroups(cli.db, tenant.id, acrossMalls);
        if (options.json) return void console.log(JSON.stringify(groups));
        for (const group of groups)
          console.log(`${group.orders[0]!.ordererName} 様: ${group.orders.map((o) => o.orderNumber).join(' ')}`);
        console.log(`同梱候補 ${groups.length}組 / ${groups.length} groups`);
      }),
    );
  orders
    .command('bundle')
    .description('merge orders to ship as one parcel / 同梱する')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--orders <numbers>', 'order numbers, comma-separated (two or more)')
    .option('--json', 'print {"ok":true,"bundleId":…,"orderNumbers":[…]} only')
    .action((options: TenantOption & { readonly orders: string }) =>
      withCli(async (cli) => {
        const tenant = await tenantOf(cli, options.tenant);
        const ids = await orderIdsOfNumbers(cli.db, tenant.id, options.orders);
        const answer = await bundleOrders(cli, operator(tenant.id), ids);
        await printBundle(cli, tenant.id, '同梱しました / bundled', answer, options.json);
      }),
    );
  orders
    .command('unbundle')
    .description('split the bundle an order is in, before it ships / 同梱解除')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--order <number>', 'the order number of any order of the bundle')
    .option('--json', 'print {"ok":true,"bundleId":…,"orderNumbers":[…]} only')
    .action((options: TenantOption & { readonly order: string }) =>
      withCli(async (cli) => {
        const tenant = await tenantOf(cli, options.tenant);
        const [id] = await orderIdsOfNumbers(cli.db, tenant.id, options.order);
        const answer = await unbundleOrders(cli, operator(tenant.id), id!);
        await printBundle(cli, tenant.id, '同梱を解除しました / split', answer, options.json);
      }),
    );
}
