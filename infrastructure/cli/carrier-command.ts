import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { carrierAccountsRequest } from '../../application/carrier-accounts/carrier-accounts';
import { refusalText } from '../../application/commands/refusals';
import type { CarrierAccountCodes } from '../../domain/carrier-accounts/events';
import { Carrier } from '../../domain/shared/carrier';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { findCarrierAccount } from '../../projections/carrier-accounts/carrier-accounts-queries';
import { withCli } from './cli-context';
import { operator } from './operator';

const CARRIERS = Object.keys(Carrier.keys).join(', ');

interface AccountOptions {
  readonly tenant: string;
  readonly carrier: string;
  readonly customerCode?: string;
  readonly classCode?: string;
  readonly freightCode?: string;
  readonly shipperCode?: string;
  readonly json?: boolean;
}

/**
 * `oms carrier account`: the tenant's contract codes with a carrier, written on every label of its layouts. A code not
 * given stays as it is; "" clears it.
 */
export function registerCarrierCommand(program: Command): void {
  const carrier = program.command('carrier').description('carriers: the contract codes on the label data');
  carrier
    .command('account')
    .description("set a tenant's codes with a carrier (運送会社アカウント); codes not given stay as they are")
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--carrier <carrier>', `one of ${CARRIERS}`)
    .option('--customer-code <code>', 'ヤマト 請求先顧客コード, 佐川 お客様コード, 日本郵便 お客様番号')
    .option('--class-code <code>', 'ヤマト 請求先分類コード')
    .option('--freight-code <code>', 'ヤマト 運賃管理番号')
    .option('--shipper-code <code>', '西濃・福山 荷送人コード')
    .option('--json', 'print the saved codes as one JSON object')
    .action((options: AccountOptions) =>
      withCli(async (cli) => {
        if (!Carrier.is(options.carrier)) throw new Error(`unknown carrier ${options.carrier}; one of ${CARRIERS}`);
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);
        const codes: Partial<CarrierAccountCodes> = {
          ...(options.customerCode !== undefined && { customerCode: options.customerCode }),
          ...(options.classCode !== undefined && { classCode: options.classCode }),
          ...(options.freightCode !== undefined && { freightCode: options.freightCode }),
          ...(options.shipperCode !== undefined && { shipperCode: options.shipperCode }),
        };
        const result = await cli.pipeline.run(
          carrierAccountsRequest({ type: 'SetCarrierAccount', tenantId: tenant.id, carrier: options.carrier, codes }),
          operator(tenant.id),
        );
        if (E.isLeft(result)) throw new Error(refusalText(result.left));
        const saved = await findCarrierAccount(cli.db, tenant.id, options.carrier);
        const { id: _id, ...view } = saved;
        console.log(
          options.json
            ? JSON.stringify(view)
            : `${options.carrier} のアカウントを保存しました / saved: ${JSON.stringify(view)}`,
        );
      }),
    );
}
