import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { systemClock } from '../../application/ports/clock';
import {
  type ShippingResultsRefusal,
  writeShippingResults,
} from '../../application/shipping-results/write-shipping-results';
import { OrderStatus } from '../../domain/order/status';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { listShops } from '../../projections/accounts/shop-queries';
import { shippingResultsWriting } from '../shipping-results/shipping-results-writing';
import { withCli } from './cli-context';
import { checkOrderSelection, orderIdsOfNumbers } from './order-selection';
import { operator } from './operator';

interface ShippingResultsOptions {
  readonly tenant: string;
  readonly shop: string;
  readonly status?: string;
  readonly orders?: string;
  readonly includeReported?: boolean;
  readonly out: string;
  readonly json?: boolean;
}

const refusalMessage = (refusal: ShippingResultsRefusal): string => {
  switch (refusal.kind) {
    case 'shop-not-found':
      return '店舗が見つかりません / no such shop';
    case 'no-writer':
      return `この店舗のモール（${refusal.mall}）には処理実績ファイルがありません / the mall ${refusal.mall} has no shipping-result file`;
    case 'too-many':
      return `一度に出力できるのは${refusal.max}件までです（${refusal.count}件）。--status で絞り込んでください / at most ${refusal.max} per file`;
    case 'not-found':
      return `受注が見つかりません / no such order: ${refusal.orderIds.join(', ')}`;
  }
};

/** `oms shipping-results`: 処理実績出力 for scripts, through the same service as the API. */
export function registerShippingResultsCommand(program: Command): void {
  program
    .command('shipping-results')
    .description("write a shop's shipping results for its mall / 処理実績出力")
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--shop <shopCode>', 'shop code')
    .option('--status <status>', 'only orders of this status (awaiting_shipping_mail, …)')
    .option('--orders <numbers>', 'order numbers, comma-separated (default: every shipped order not yet reported)')
    .option('--include-reported', 'write orders whose results were written before again')
    .requiredOption('--out <file>', 'the file to write')
    .option('--json', 'print {"orders":N,"refused":N} only')
    .action((options: ShippingResultsOptions) =>
      withCli(async (cli) => {
        checkOrderSelection(options, false);
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);
        const shop = (await listShops(cli.db, tenant.id)).find((s) => s.code === options.shop);
        if (!shop) throw new Error(`no shop ${options.shop} in ${options.tenant} / 店舗が見つかりません`);

        const orderIds =
          options.orders !== undefined ? await orderIdsOfNumbers(cli.db, tenant.id, options.orders) : undefined;

        const written = await writeShippingResults(
          shippingResultsWriting({ ...cli, clock: systemClock }),
          operator(tenant.id),
          {
            shopId: shop.id,
            ...(orderIds && { orderIds }),
            ...(options.status !== undefined && { status: options.status as OrderStatus }),
            includeReported: options.includeReported ?? false,
          },
        );
        if (E.isLeft(written)) throw new Error(refusalMessage(written.left));
        const { file, summary, results } = written.right;
        await writeFile(options.out, file.bytes);
        if (options.json) return void console.log(JSON.stringify(summary));
        console.log(
          `処理実績出力 ${shop.code} (${file.fileName}): ${summary.orders}件` +
            `${summary.refused > 0 ? ` / 出力できなかった受注 ${summary.refused}件` : ''} → ${options.out}`,
        );
        for (const r of results) if (r.outcome === 'refused') console.log(`${r.orderNumber}: ${r.reason?.ja ?? ''}`);
      }),
    );
}
