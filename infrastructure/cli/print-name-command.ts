import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { printNamesRequest } from '../../application/print-names/print-names';
import { refusalText } from '../../application/commands/refusals';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { withCli } from './cli-context';
import { operator } from './operator';

/** `oms print-name`: the name a SKU prints under on documents (帳票商品名); an empty --name removes it. */
export function registerPrintNameCommand(program: Command): void {
  program
    .command('print-name')
    .description('set the name a SKU is printed under on documents (帳票商品名); --name "" removes it')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--sku <sku>', 'SKU as the orders carry it')
    .requiredOption('--name <name>', 'name to print; "" to print the mall\'s product name again')
    .action((options: { tenant: string; sku: string; name: string }) =>
      withCli(async (cli) => {
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);
        const command = { type: 'SetPrintName', tenantId: tenant.id, sku: options.sku, name: options.name } as const;
        const result = await cli.pipeline.run(printNamesRequest(command), operator(tenant.id));
        if (E.isLeft(result)) throw new Error(refusalText(result.left));
        const sku = options.sku.trim();
        const name = options.name.trim();
        console.log(name === '' ? `SKU ${sku} の帳票商品名を削除しました` : `SKU ${sku} の帳票商品名: ${name}`);
      }),
    );
}
