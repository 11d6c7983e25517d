import type { Command } from 'commander';
import { findPrincipalBySignInName } from '../../projections/accounts/principal-query';
import { createApiToken } from '../accounts/api-tokens';
import { withCli } from './cli-context';

export function registerTokenCommand(program: Command): void {
  program
    .command('token')
    .description('API tokens for scripts / スクリプト用APIトークン')
    .command('create')
    .description('create a token for a staff user; printed once, sent as Authorization: Bearer <token>')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--user <username>', 'staff username')
    .action((options: { tenant: string; user: string }) =>
      withCli(async (cli) => {
        const db = cli.db;
        const principal = await findPrincipalBySignInName(db, options.tenant, options.user);
        if (!principal)
          throw new Error(`no user ${options.user} in tenant ${options.tenant} / ユーザーが見つかりません`);
        console.log(await createApiToken(db, principal.tenantId, principal.staffUserId));
      }),
    );
}
