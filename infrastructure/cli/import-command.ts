import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { AUTO_FORMAT, runImport } from '../../application/import/run-import';
import type { Mall } from '../../domain/order/order-data';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { listShops } from '../../projections/accounts/shop-queries';
import { withCli } from './cli-context';

interface ImportOptions {
  readonly tenant: string;
  readonly shop: string;
  readonly format: string;
  readonly json?: boolean;
}

/** Exit code when a file could not be read at all (the others are imported all the same). */
const UNREADABLE_FILE_EXIT = 2;

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import order files of a shop / 受注取込')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--shop <shopCode>', 'shop code')
    .option(
      '--format <format>',
      'rakuten, yahoo, amazon, qoo10, makeshop, colorme, futureshop, base, eccube, standard, custom:<mapping name> or auto',
      AUTO_FORMAT,
    )
    .option('--json', 'print the result as JSON only')
    .argument('<files...>', 'order files (CSV/TSV, Shift_JIS or UTF-8)')
    .action((paths: string[], options: ImportOptions) =>
      withCli(async (cli) => {
        const db = cli.db;
        const tenant = await findTenantByCode(db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);
        const shop = (await listShops(db, tenant.id)).find((s) => s.code === options.shop);
        if (!shop) throw new Error(`no shop ${options.shop} in ${options.tenant} / 店舗が見つかりません`);

        const bytesRead = new Map<string, number>();
        const files = await Promise.all(
          paths.map(async (file) => {
            const size = (await stat(file).catch(() => undefined))?.size;
            if (size === undefined) throw new Error(`cannot read ${file} / ファイルを開けません`);
            const name = path.basename(file);
            const open = () => {
              bytesRead.set(name, 0);
              const counting = new Transform({
                transform(chunk: Buffer, _encoding, done) {
                  bytesRead.set(name, (bytesRead.get(name) ?? 0) + chunk.length);
                  done(null, chunk);
                },
              });
              return createReadStream(file)
                .on('error', (error) => counting.destroy(error))
                .pipe(counting);
            };
            return { name, size, open };
          }),
        );

        // A bar only for a person at a terminal: not in scripts, pipes or with --json.
        const bar =
          !options.json && process.stdout.isTTY
            ? new SingleBar({
                format:
                  '取込中 [{bar}] {percentage}% | 新規 {imported} 更新 {updated} 変更なし {unchanged} エラー {failed}',
                hideCursor: true,
              })
            : undefined;
        const total = files.reduce((sum, f) => sum + f.size, 0);
        bar?.start(total, 0, { imported: 0, updated: 0, unchanged: 0, failed: 0 });
        const importId = randomUUID();
        const result = await runImport(
          cli.imports,
          {
            importId,
            tenantId: tenant.id,
            shop: { id: shop.id, mall: shop.mall as Mall },
            actor: 'cli',
            correlationId: importId,
            format: options.format,
            files,
          },
          (counts) =>
            bar?.update(
              [...bytesRead.values()].reduce((a, b) => a + b, 0),
              counts,
            ),
        ).finally(() => bar?.stop());
        if (E.isLeft(result)) throw new Error(`${result.left.ja} / ${result.left.en}`);
        await cli.bringReadModelsUpToDate();

        const { imported, updated, unchanged, failed, problems, unreadableFiles } = result.right;
        if (options.json) {
          const errors = problems.map((p) => ({ file: p.file, row: p.row, column: p.column, message: p.ja }));
          console.log(JSON.stringify({ imported, updated, unchanged, failed, errors }));
        } else {
          console.log(
            `取込 ${result.right.format}: 新規 ${imported} / 更新 ${updated} / 変更なし ${unchanged} / エラー ${failed} (${result.right.rows} 行)`,
          );
          // Row 0 is the file as a whole (empty, unreadable), which has no line to point at.
          for (const p of problems)
            console.log(`${p.file}${p.row > 0 ? ` ${p.row}行目` : ''}${p.column ? ` [${p.column}]` : ''}: ${p.ja}`);
          for (const file of unreadableFiles) console.error(`${file}: 読み込めませんでした / could not be read`);
        }
        if (unreadableFiles.length > 0) process.exitCode = UNREADABLE_FILE_EXIT;
      }),
    );
}
