import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { Carrier } from '../../domain/shared/carrier';
import { shopIdFor, streamName } from '../../domain/shared/ids';
import { type ShopCommand, shopDecider } from '../../domain/shop/shop';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { TOKENS } from '../container';
import type { Container } from 'inversify';
import { bringReadModelsUpToDate, withCli } from './cli-context';

const CARRIERS = Object.keys(Carrier.keys).join(', ');

/** A shop command of the CLI, as `cli`; a refusal is thrown with its message in both languages. */
async function runShopCommand(
  container: Container,
  tenantCode: string,
  code: string,
  command: (shopId: string, tenantId: string) => ShopCommand,
): Promise<void> {
  const tenant = await findTenantByCode(container.get(TOKENS.Db), tenantCode);
  if (!tenant) throw new Error(`no tenant ${tenantCode} / テナントが見つかりません`);
  const shopId = shopIdFor(tenant.id, code);
  const next = command(shopId, tenant.id);
  const result = await container
    .get(TOKENS.Commands)
    .handle(
      shopDecider,
      streamName.shop(shopId),
      next,
      { tenantId: tenant.id, actor: 'cli', commandId: crypto.randomUUID(), correlationId: crypto.randomUUID() },
      { commandName: next.type },
    );
  if (E.isLeft(result))
    throw new Error(
      result.left.kind === 'rejected'
        ? `${result.left.error.ja} / ${result.left.error.en}`
        : 'concurrent change, try again',
    );
  await bringReadModelsUpToDate(container);
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
        withCli(async (container) => {
          const { carrier } = options;
          if (carrier !== undefined && !Carrier.is(carrier))
            throw new Error(`unknown carrier ${carrier}; one of ${CARRIERS}`);
          const leadDays = options.leadDays === undefined ? null : Number(options.leadDays);
          await runShopCommand(container, options.tenant, options.code, (shopId, tenantId) => ({
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
      withCli(async (container) => {
        await runShopCommand(container, options.tenant, options.code, (shopId, tenantId) => ({
          type: 'SetShopHolidays',
          shopId,
          tenantId,
          holidays: days,
        }));
        console.log(`${days.length} closed days of shop ${options.code} set`);
      }),
    );
}
