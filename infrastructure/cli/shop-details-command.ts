import type { Command } from 'commander';
import { registrationNumberWarning } from '../../domain/documents/registration-number';
import { shopIdFor } from '../../domain/shared/ids';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import {
  findShopDocumentSettings,
  type ShopDocumentSettingsView,
} from '../../projections/document-settings/document-settings-queries';
import { withCli } from './cli-context';
import { runShopCommand } from './shop-defaults-command';

interface DetailsOptions {
  readonly tenant: string;
  readonly code: string;
  readonly company?: string;
  readonly postal?: string;
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly registrationNumber?: string;
  readonly json?: boolean;
}

/** The issuer as saved, in the words of the documents. */
const summary = (code: string, { issuer }: ShopDocumentSettingsView): string =>
  [
    `店舗 ${code} の発行者情報を保存しました`,
    `  発行者名: ${issuer.name}`,
    `  郵便番号: ${issuer.postalCode}`,
    `  住所:     ${issuer.address}`,
    `  電話番号: ${issuer.phone}`,
    `  メール:   ${issuer.email || '(なし)'}`,
    `  登録番号: ${issuer.registrationNumber ?? '(なし)'}`,
  ].join('\n');

/**
 * `oms shop details`: the issuer printed on the shop's documents (発行者: company, postal code, address, phone, e-mail,
 * 登録番号). An option not given keeps what the shop has.
 */
export function registerShopDetailsCommand(shop: Command): void {
  shop
    .command('details')
    .description("set the issuer printed on a shop's documents (発行者情報); options not given stay as they are")
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--code <code>', 'shop code')
    .option('--company <name>', 'issuer name (会社名・屋号)')
    .option('--postal <code>', 'postal code (郵便番号)')
    .option('--address <text>', 'address (住所)')
    .option('--phone <tel>', 'phone number (電話番号)')
    .option('--email <address>', 'e-mail address; "" for none')
    .option('--registration-number <T…>', '適格請求書発行事業者登録番号, T and 13 digits; "" for none')
    .option('--json', 'print the saved settings as one JSON object')
    .action((options: DetailsOptions) =>
      withCli(async (cli) => {
        const issuer = {
          ...(options.company !== undefined && { name: options.company }),
          ...(options.postal !== undefined && { postalCode: options.postal }),
          ...(options.address !== undefined && { address: options.address }),
          ...(options.phone !== undefined && { phone: options.phone }),
          ...(options.email !== undefined && { email: options.email }),
          ...(options.registrationNumber !== undefined && { registrationNumber: options.registrationNumber }),
        };
        await runShopCommand(cli, options.tenant, options.code, (shopId, tenantId) => ({
          type: 'SetShopDocumentSettings',
          shopId,
          tenantId,
          issuer,
        }));
        const tenant = (await findTenantByCode(cli.db, options.tenant))!;
        const saved = await findShopDocumentSettings(cli.db, tenant.id, shopIdFor(tenant.id, options.code));
        if (!saved) throw new Error(`shop ${options.code} not found / 店舗が見つかりません`);
        const warning = registrationNumberWarning(saved.issuer.registrationNumber);
        // Saved all the same: the warning goes where a script does not parse it.
        if (warning) console.error(`warning: ${warning.ja} / ${warning.en}`);
        console.log(options.json ? JSON.stringify(saved) : summary(options.code, saved));
      }),
    );
}
