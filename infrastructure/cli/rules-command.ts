import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { PathReporter } from 'io-ts/PathReporter';
import { DRY_RUN_DEFAULT_DAYS, DRY_RUN_MAX_DAYS, dryRunRule } from '../../application/automation/dry-run';
import { AutomationRule } from '../../domain/automation/rule';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { orderIdsSinceFrom } from '../http/automation/dry-run-router';
import { withCli } from './cli-context';

interface DryRunOptions {
  readonly tenant: string;
  readonly file: string;
  readonly days: string;
  readonly json?: boolean;
}

/** `oms rules dry-run`: what a rule in a JSON file would have done to the last days' orders; nothing is stored. */
export function registerRulesCommand(program: Command): void {
  const rules = program.command('rules').description('automation rules / 自動処理設定');
  rules
    .command('dry-run')
    .description('replay the intake of recent orders through a rule, storing nothing / テスト実行')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--file <rule.json>', 'the rule, as the API takes it')
    .option('--days <n>', `the last N days (1–${DRY_RUN_MAX_DAYS})`, String(DRY_RUN_DEFAULT_DAYS))
    .option('--json', 'print the answer as JSON')
    .action((options: DryRunOptions) =>
      withCli(async (cli) => {
        const days = Number(options.days);
        if (!Number.isInteger(days) || days < 1 || days > DRY_RUN_MAX_DAYS)
          throw new Error(`--days: 1〜${DRY_RUN_MAX_DAYS}の整数で指定してください / 1 to ${DRY_RUN_MAX_DAYS}`);
        const decoded = AutomationRule.decode(JSON.parse(await readFile(options.file, 'utf8')));
        if (E.isLeft(decoded))
          throw new Error(`ルールの形式が正しくありません / not a rule: ${PathReporter.report(decoded).join('; ')}`);
        const tenant = await findTenantByCode(cli.db, options.tenant);
        if (!tenant) throw new Error(`no tenant ${options.tenant} / テナントが見つかりません`);
        if (!cli.imports.intake) throw new Error('intake automation is not configured');
        await cli.bringReadModelsUpToDate();
        const answer = await dryRunRule(
          { ...cli.imports.intake, orderIdsSince: orderIdsSinceFrom(cli.db) },
          tenant.id,
          decoded.right,
          days,
        );
        if (options.json) return void console.log(JSON.stringify(answer));
        console.log(
          `${answer.examined}件中 ${answer.orders.length}件に該当 / ${answer.orders.length} of ${answer.examined}`,
        );
        for (const order of answer.orders)
          console.log(
            `${order.differs ? '≠' : '='} ${order.orderNumber}  実行後: ${order.wouldDo.join('、') || 'なし'}  実績: ${order.happened.join('、') || 'なし'}`,
          );
      }),
    );
}
