import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { MAX_ORDERS_PER_PRINT, type PrintRefusal, preparePrint } from '../../application/documents/print-documents';
import { systemClock } from '../../application/ports/clock';
import { DOCUMENT_KIND_LABELS, DocumentKind } from '../../domain/documents/document-kind';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { documentPrinting } from '../documents/document-printing';
import { withCli } from './cli-context';
import { checkOrderSelection, selectedOrderIds } from './order-selection';
import { operator } from './operator';

interface DocumentsOptions {
  readonly tenant: string;
  readonly kind: string;
  readonly status?: string;
  readonly orders?: string;
  readonly out: string;
  readonly json?: boolean;
}

const refusalMessage = (refusal: PrintRefusal): string => {
  switch (refusal.kind) {
    case 'too-many':
      return `一度に出力できるのは${MAX_ORDERS_PER_PRINT}件までです（${refusal.count}件） / at most ${MAX_ORDERS_PER_PRINT} orders per printing`;
    case 'not-found':
      return `受注が見つかりません / no such order: ${refusal.orderIds.join(', ')}`;
    case 'nothing-printable':
      return [
        '出力できる受注がありません / none of the orders can be printed',
        ...refusal.results.map((r) => `${r.orderNumber}: ${r.reason?.ja ?? ''}`),
      ].join('\n');
  }
};

/** `oms documents`: 帳票出力 for scripts, through the same printing service as the API. */
export function registerDocumentsCommand(program: Command): void {
  program
    .command('documents')
    .description('print documents of orders into a PDF / 帳票出力')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--kind <kind>', Object.keys(DocumentKind.keys).join(', '))
    .option('--status <status>', 'every order of a status tab (new, awaiting_documents, …)')
    .option('--orders <numbers>', 'order numbers, comma-separated')
    .requiredOption('--out <file>', 'the PDF to write')
    .option('--json', 'print {"orders":N,"pages":N,…} only')
    .action((options: DocumentsOptions) =>
      withCli(async (cli) => {
        if (!DocumentKind.is(options.kind))
          throw new Error(`--kind: ${Object.keys(DocumentKind.keys).join(', ')} のいずれかを指定してください`);
        const kind = options.kind;
        checkOrderSelection(options, true);
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);

        const orderIds = await selectedOrderIds(cli.db, tenant.id, options, MAX_ORDERS_PER_PRINT);

        const printing = documentPrinting({ ...cli, clock: systemClock });
        const prepared = await preparePrint(printing, operator(tenant.id), { kind, orderIds });
        if (E.isLeft(prepared)) throw new Error(refusalMessage(prepared.left));
        const { summary, results } = prepared.right;
        const { pages } = await prepared.right.render(createWriteStream(options.out)).catch(async (error: unknown) => {
          await rm(options.out, { force: true });
          throw error;
        });

        if (options.json) {
          console.log(
            JSON.stringify({ orders: summary.orders, pages, moved: summary.moved, refused: summary.refused }),
          );
          return;
        }
        console.log(
          `帳票出力 ${DOCUMENT_KIND_LABELS[kind]}: ${summary.orders}件 / ${pages}ページ / 次のステータスへ ${summary.moved}件` +
            `${summary.refused > 0 ? ` / 出力できなかった受注 ${summary.refused}件` : ''} → ${options.out}`,
        );
        for (const r of results) if (r.outcome === 'refused') console.log(`${r.orderNumber}: ${r.reason?.ja ?? ''}`);
      }),
    );
}
