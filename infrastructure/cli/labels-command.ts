import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { exportLabels, type LabelExportRefusal, MAX_ORDERS_PER_EXPORT } from '../../application/labels/export-labels';
import type { LabelProblem } from '../../application/labels/label-layout';
import { BUILT_IN_LAYOUTS } from '../../application/labels/layouts';
import { systemClock } from '../../application/ports/clock';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { labelExporting } from '../labels/label-exporting';
import { withCli } from './cli-context';
import { checkOrderSelection, selectedOrderIds } from './order-selection';
import { operator } from './operator';

interface LabelsOptions {
  readonly tenant: string;
  readonly layout: string;
  readonly status?: string;
  readonly orders?: string;
  readonly out: string;
  readonly json?: boolean;
}

const LAYOUTS = [...Object.keys(BUILT_IN_LAYOUTS), 'custom:NAME'].join(', ');

/** The same words as the admin's refusal list. */
const problemText = (p: LabelProblem): string => {
  switch (p.reason) {
    case 'required':
      return `${p.field}: 未入力です`;
    case 'too-wide':
      return `${p.field}: 文字数が多すぎます（${p.width}/${p.limit}）「${p.text}」`;
    case 'not-encodable':
      return `${p.field}: Shift_JISにない文字があります（${p.detail}）「${p.text}」`;
    case 'refused':
      return `${p.field}: ${p.detail}`;
  }
};

/**
 * Where the n-th file of a split export goes (クリックポスト: 40 labels a file): FILE itself, then FILE-2, FILE-3, …
 * before the extension (labels.csv, labels-2.csv), so a single file is exactly where --out said.
 */
export const partFileName = (out: string, n: number): string => {
  if (n === 0) return out;
  const ext = path.extname(out);
  return `${out.slice(0, out.length - ext.length)}-${n + 1}${ext}`;
};

/** Every problem on its own line, by order number, as the person fixing them reads them. */
const refusalMessage = (refusal: LabelExportRefusal): string => {
  switch (refusal.kind) {
    case 'unknown-layout':
      return `送り状レイアウト「${refusal.layout}」はありません / no label layout ${refusal.layout}; one of ${LAYOUTS}`;
    case 'too-many':
      return `一度に出力できるのは${refusal.max}件までです（${refusal.count}件） / at most ${refusal.max} per export`;
    case 'not-found':
      return `受注が見つかりません / no such order: ${refusal.orderIds.join(', ')}`;
    case 'problems':
      return [
        `運送会社のソフトで取り込めない受注が${refusal.orders.length}件あります。何も出力していません / ${refusal.orders.length} order(s) refused; nothing written`,
        // A gift order's destinations share most problems (the sender's, the account's): one line says it once.
        ...new Set(refusal.orders.flatMap((o) => o.problems.map((p) => `${o.orderNumber}: ${problemText(p)}`))),
      ].join('\n');
    case 'nothing-exported':
      return [
        '出力できる受注がありません / no order could be exported',
        ...refusal.results.map((r) => `${r.orderNumber}: ${r.reason?.ja ?? ''}`),
      ].join('\n');
  }
};

/** `oms labels`: 送り状データ出力 for scripts, through the same export service as the API. */
export function registerLabelsCommand(program: Command): void {
  program
    .command('labels')
    .description("write orders' label data for the carrier's software / 送り状データ出力")
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--layout <layout>', LAYOUTS)
    .option('--status <status>', 'every order of a status tab (awaiting_documents, …)')
    .option('--orders <numbers>', 'order numbers, comma-separated')
    .requiredOption('--out <file>', 'the file to write (クリックポスト: 40 labels a file, then FILE-2, FILE-3, …)')
    .option('--json', 'print {"orders":N,"labels":N,"moved":N,"refused":N} only (and "files" when split)')
    .action((options: LabelsOptions) =>
      withCli(async (cli) => {
        checkOrderSelection(options, true);
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);

        const orderIds = await selectedOrderIds(cli.db, tenant.id, options, MAX_ORDERS_PER_EXPORT);

        const exported = await exportLabels(labelExporting({ ...cli, clock: systemClock }), operator(tenant.id), {
          layout: options.layout,
          orderIds,
          splitFiles: true,
        });
        if (E.isLeft(exported)) throw new Error(refusalMessage(exported.left));
        const { files, summary, results } = exported.right;
        const written = files.map((_, n) => partFileName(options.out, n));
        for (const [n, file] of files.entries()) await writeFile(written[n]!, file);
        // A split export names its files; a single file is where --out said.
        if (options.json)
          return void console.log(JSON.stringify({ ...summary, ...(written.length > 1 && { files: written }) }));
        console.log(
          `送り状データ出力 ${options.layout}: ${summary.orders}件 / 送り状 ${summary.labels}枚 / 次のステータスへ ${summary.moved}件` +
            `${summary.refused > 0 ? ` / 出力できなかった受注 ${summary.refused}件` : ''} → ${written.join(', ')}`,
        );
        for (const r of results) if (r.outcome === 'refused') console.log(`${r.orderNumber}: ${r.reason?.ja ?? ''}`);
      }),
    );
}
