import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { automationRulesRequest, loadAutomationRules } from '../../application/automation/automation-rules';
import { DRY_RUN_DEFAULT_DAYS, DRY_RUN_MAX_DAYS, dryRunRule } from '../../application/automation/dry-run';
import { orderIdsSinceFrom } from '../http/automation/dry-run-router';
import { refusalText } from '../../application/commands/refusals';
import { AutomationRule } from '../../domain/automation/rule';
import { summarizeRule } from '../../domain/automation/rule-summary';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { fieldProblems } from '../http/validation';
import { ruleNamesOf } from '../automation/rule-names';
import { type CliServices, withCli } from './cli-context';
import { operator } from './operator';

const tenantOf = async (cli: CliServices, code: string) => {
  const tenant = await findTenantByCode(cli.db, code);
  if (!tenant) throw new Error(`no tenant ${code} / テナントが見つかりません`);
  return tenant;
};

/**
 * The file's rules (an array, or one rule as the API takes it), or every field that is wrong, by path
 * (`2.actions.0.box`), in both languages.
 */
async function rulesIn(file: string): Promise<AutomationRule[]> {
  const text = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`${file}: JSON として読めません / not JSON`);
  }
  const decoded = t.union([t.array(AutomationRule), AutomationRule]).decode(json);
  if (E.isLeft(decoded))
    throw new Error(
      fieldProblems(decoded.left)
        .map((p) => `${p.ja} / ${p.en}`)
        .join('\n'),
    );
  return Array.isArray(decoded.right) ? decoded.right : [decoded.right];
}

interface DryRunOptions {
  readonly tenant: string;
  readonly file: string;
  readonly days: string;
  readonly json?: boolean;
}

/** `oms rules`: the tenant's 自動処理設定, as the admin's screen lists and saves them. */
export function registerRulesCommand(program: Command): void {
  const rules = program.command('rules').description('automation rules (自動処理設定): list, import, delete, dry-run');

  rules
    .command('list')
    .description('the rules in the order they run, with their summaries; --json prints them as `import` reads them')
    .requiredOption('--tenant <code>', 'tenant code')
    .option('--json', 'print the rules as a JSON array')
    .action((options: { tenant: string; json?: boolean }) =>
      withCli(async (cli) => {
        const tenant = await tenantOf(cli, options.tenant);
        const { rules: list } = await loadAutomationRules(cli.store, cli.registry, tenant.id);
        if (options.json) {
          console.log(JSON.stringify(list, null, 2));
          return;
        }
        if (list.length === 0) console.log('no rules / ルールはありません');
        const names = await ruleNamesOf(cli.db, tenant.id);
        for (const [i, rule] of list.entries())
          console.log(
            `${i + 1}\t${rule.id}\t${rule.enabled ? 'on ' : 'off'}\t${rule.name}\t${summarizeRule(rule, names)}`,
          );
      }),
    );

  rules
    .command('import')
    .description(
      'save the rules of a JSON array in its order, at the top of the list (a rule with a known id is replaced)',
    )
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--file <path>', 'JSON file: an array of rules')
    .action((options: { tenant: string; file: string }) =>
      withCli(async (cli) => {
        const tenant = await tenantOf(cli, options.tenant);
        const list = await rulesIn(options.file);
        const caller = operator(tenant.id);
        for (const [position, rule] of list.entries()) {
          const saved = await cli.pipeline.run(
            automationRulesRequest({ type: 'SaveAutomationRule', tenantId: tenant.id, rule, position }),
            caller,
          );
          if (E.isLeft(saved))
            throw new Error(
              `${rule.id}: ${refusalText(saved.left)} (${position} saved before / ${position}件保存済み)`,
            );
        }
        console.log(`${list.length} rules saved / ${list.length}件のルールを保存しました`);
      }),
    );

  rules
    .command('delete')
    .description('delete one rule')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--id <id>', 'the rule id')
    .action((options: { tenant: string; id: string }) =>
      withCli(async (cli) => {
        const tenant = await tenantOf(cli, options.tenant);
        const deleted = await cli.pipeline.run(
          automationRulesRequest({ type: 'DeleteAutomationRule', tenantId: tenant.id, ruleId: options.id }),
          operator(tenant.id),
        );
        if (E.isLeft(deleted)) throw new Error(refusalText(deleted.left));
        console.log(`rule ${options.id} deleted / ルールを削除しました`);
      }),
    );

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
        const [rule, ...more] = await rulesIn(options.file);
        if (!rule || more.length > 0) throw new Error(`${options.file}: ルールを1件だけ書いてください / one rule only`);
        const tenant = await tenantOf(cli, options.tenant);
        if (!cli.imports.intake) throw new Error('intake automation is not configured');
        await cli.bringReadModelsUpToDate();
        const answer = await dryRunRule(
          { ...cli.imports.intake, orderIdsSince: orderIdsSinceFrom(cli.db) },
          tenant.id,
          rule,
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
