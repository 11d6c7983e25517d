import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { importTrackingNumbers } from '../../application/tracking/import-tracking-numbers';
import { RETURN_FILE_LAYOUTS } from '../../application/tracking/return-files/return-file-layouts';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { CatchUpWaiter } from '../../projections/catch-up-waiter';
import { returnFileLayoutNamed } from '../labels/custom-label-layouts';
import { labelKeysFromProjection } from '../tracking/label-keys';
import { withCli } from './cli-context';

interface TrackingImportOptions {
  readonly tenant: string;
  readonly layout: string;
  readonly json?: boolean;
}

/** `oms tracking import`: 伝票番号取込 from a carrier's return file. */
export function registerTrackingCommand(program: Command): void {
  program
    .command('tracking')
    .description('tracking numbers / 伝票番号')
    .command('import')
    .description("import a carrier's return file / 伝票番号取込")
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--layout <layout>', [...Object.keys(RETURN_FILE_LAYOUTS), 'custom:NAME'].join(', '))
    .option('--json', 'print the result as JSON only')
    .argument('<file>', 'the return file (CSV, Shift_JIS or UTF-8)')
    .action((file: string, options: TrackingImportOptions) =>
      withCli(async (cli) => {
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);
        const found = await returnFileLayoutNamed(cli.db, tenant.id, options.layout);
        if (E.isLeft(found)) throw new Error(`${found.left.ja} / ${found.left.en}`);
        const layout = found.right;
        const bytes = await readFile(file).catch(() => {
          throw new Error(`cannot read ${file} / ファイルを開けません`);
        });
        const importId = randomUUID();
        const result = await importTrackingNumbers(
          {
            store: cli.store,
            registry: cli.registry,
            pipeline: cli.pipeline,
            labelKeys: labelKeysFromProjection(cli.db, cli.store, new CatchUpWaiter(cli.runners)),
          },
          { tenantId: tenant.id, actor: 'cli', correlationId: importId },
          { layout, bytes, importId },
        );
        if (options.json) {
          console.log(JSON.stringify(result));
          return;
        }
        const { matched, updated, unchanged, unmatched, errors } = result;
        console.log(
          `伝票番号取込 ${layout.label}: 新規 ${matched} / 差し替え ${updated} / 変更なし ${unchanged} / 該当なし ${unmatched}`,
        );
        for (const e of errors) console.log(`${e.line}行目${e.column ? ` [${e.column}]` : ''}: ${e.ja}`);
      }),
    );
}
