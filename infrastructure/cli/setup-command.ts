import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import { setUpTenant } from '../../application/accounts/set-up-tenant';
import { withCli } from './cli-context';

export function registerSetupCommand(program: Command): void {
  program
    .command('setup')
    .description('テナントと最初の管理者を作成 / create a tenant and its first administrator')
    .requiredOption('--tenant <code>', 'tenant code (a–z, 0–9, -)')
    .requiredOption('--admin <username>', 'administrator username')
    .option('--name <name>', 'tenant display name (default: the code)')
    .action(async (options: { tenant: string; admin: string; name?: string }) => {
      const generated = !process.env.OMS_ADMIN_PASSWORD;
      const password = process.env.OMS_ADMIN_PASSWORD || randomBytes(12).toString('base64url');
      await withCli(async (cli) => {
        const result = await setUpTenant(cli.commands, cli.credentials, {
          code: options.tenant,
          name: options.name ?? options.tenant,
          adminUsername: options.admin,
          adminPassword: password,
        });
        if (E.isLeft(result)) {
          const failure = result.left;
          throw new Error(
            failure.kind === 'rejected' ? `${failure.error.ja} / ${failure.error.en}` : 'concurrent change, try again',
          );
        }
        await cli.bringReadModelsUpToDate();
        console.log(
          `tenant ${options.tenant} (${result.right.tenantId}), admin ${options.admin} (${result.right.adminUserId})`,
        );
        if (generated) console.log(`password (shown once): ${password}`);
      });
    });
}
