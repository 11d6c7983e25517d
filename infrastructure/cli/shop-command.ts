import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { registerShop } from '../../application/accounts/register-shop';
import { Mall } from '../../domain/order/order-data';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { withCli } from './cli-context';
import { operator } from './operator';
import { refusalText } from '../../application/commands/refusals';
import { registerShopDefaultsCommands } from './shop-defaults-command';
import { registerShopDetailsCommand } from './shop-details-command';

export function registerShopCommand(program: Command): void {
  const shop = program.command('shop').description('shops (one per mall account) / 店舗');
  registerShopDefaultsCommands(shop);
  registerShopDetailsCommand(shop);
  shop
    .command('create')
    .description('register a shop of a tenant on a mall or cart')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--code <code>', 'shop code (a–z, 0–9, -)')
    .requiredOption('--mall <mall>', `one of ${Object.keys(Mall.keys).join(', ')}`)
    .requiredOption('--name <name>', 'shop name as staff know it')
    .action((options: { tenant: string; code: string; mall: string; name: string }) =>
      withCli(async (cli) => {
        if (!Mall.is(options.mall))
          throw new Error(`unknown mall ${options.mall}; one of ${Object.keys(Mall.keys).join(', ')}`);
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);
        const result = await cli.pipeline.run(
          registerShop({
            tenantId: tenant.id,
            code: options.code,
            mall: options.mall,
            name: options.name,
          }),
          operator(tenant.id),
        );
        if (E.isLeft(result)) throw new Error(refusalText(result.left));
        console.log(`shop ${options.code} (${options.mall}) registered for ${options.tenant}`);
      }),
    );
}
