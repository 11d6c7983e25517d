import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { Carrier } from '../../domain/shared/carrier';
import { shopIdFor, streamName } from '../../domain/shared/ids';
import { type ShopCommand, shopDecider } from '../../domain/shop/shop';
import { commandRequest } from '../../application/commands/command-pipeline';
import { refusalText } from '../../application/commands/refusals';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { type CliServices, withCli } from './cli-context';
import { operator } from './operator';

const CARRIERS = Object.keys(Carrier.keys).join(', ');

/** A shop command of the CLI through the one command pipeline; a refusal is thrown with its message in both languages. */
export async function runShopCommand(
  cli: CliServices,
  tenantCode: string,
  code: string,
  command: (shopId: string, tenantId: string) => ShopCommand,
): Promise<void> {
  const tenant = await findTenantByCode(cli.db, tenantCode);
  if (!tenant) throw new Error(`no tenant ${tenantCode} / テナントが見つかりません`);
  const shopId = shopIdFor(tenant.id, code);
  const result = await cli.pipeline.run(
    commandRequest(shopDecider, streamName.shop(shopId), command(shopId, tenant.id)),
    operator(tenant.id),
  );
  if (E.isLeft(result)) throw new Error(refusalText(result.left));
}

/** `oms shop defaults` (carrier, slip types, lead days for new orders) and `oms shop holidays` (休業日). */
export function registerShopDefaultsCommands(shop: Command): void {
  shop
    .command('defaults')
    .description("set what a shop's new orders get: carrier, slip type, COD slip type, business days to ship")
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--code <code>', 'shop code')
    .option('--carrier <carrier>', `default carrier, one of ${CARRIERS}; omit for none`)
    .option('--slip-type <text>', 'default slip type (発払い, …); needed with --carrier')
    .option('--cod-slip-type <text>', 'slip type of 代金引換 orders (コレクト, …)')
    .option('--lead-days <n>', 'planned ship date = order day + n business days; omit for none')
    .action(
      (options: {
        tenant: string;
        code: string;
        carrier?: string;
        slipType?: string;
        codSlipType?: string;
        leadDays?: string;
      }) =>
        withCli(async (cli) => {
          const { carrier } = options;
          if (carrier !== undefined && !Carrier.is(carrier))
            throw new Error(`unknown carrier ${carrier}; one of ${CARRIERS}`);
          const leadDays = options.leadDays === undefined ? null : Number(options.leadDays);
          await runShopCommand(cli, options.tenant, options.code, (shopId, tenantId) => ({
            type: 'SetShopShippingDefaults',
            shopId,
            tenantId,
            shipping: carrier === undefined ? null : { carrier, slipType: options.slipType ?? '' },
            codSlipType: options.codSlipType ?? null,
            leadDays,
          }));
          console.log(`shipping defaults of shop ${options.code} set`);
        }),
    );
  shop
    .command('holidays')
    .description("set a shop's own closed days (休業日), besides weekends and public holidays; replaces the list")
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--code <code>', 'shop code')
    .argument('[days...]', 'days like 2026-12-29; none to clear the list')
    .action((days: string[], options: { tenant: string; code: string }) =>
      withCli(async (cli) => {
        await runShopCommand(cli, options.tenant, options.code, (shopId, tenantId) => ({
          type: 'SetShopHolidays',
          shopId,
          tenantId,
          holidays: days,
        }));
        console.log(`${days.length} closed days of shop ${options.code} set`);
      }),
    );
}
