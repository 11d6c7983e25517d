import type { Command } from 'commander';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { findPrincipalBySignInName } from '../../projections/accounts/principal-query';
import { type ApiTokenRow, createApiToken, listApiTokens, revokeApiToken } from '../accounts/api-tokens';
import { type CliServices, withCli } from './cli-context';

async function tenantIdOf(cli: CliServices, code: string): Promise<string> {
  const tenant = await findTenantByCode(cli.db, code);
  if (!tenant) throw new Error(`no tenant ${code} / テナントが見つかりません`);
  return tenant.id;
}

/** One line a person reads and a script splits on tabs: id, user, created, and active or when it was revoked. */
const tokenLine = (row: ApiTokenRow) =>
  [row.id, row.username ?? row.staffUserId, row.createdAt, row.revokedAt ? `revoked ${row.revokedAt}` : 'active'].join(
    '\t',
  );

export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('API tokens for scripts / スクリプト用APIトークン');

  token
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

  token
    .command('list')
    .description("the tenant's tokens, newest first: id, user, created, active or revoked (never the token itself)")
    .requiredOption('--tenant <code>', 'tenant code')
    .option('--json', 'print a JSON array instead of tab-separated lines')
    .action((options: { tenant: string; json?: boolean }) =>
      withCli(async (cli) => {
        const rows = await listApiTokens(cli.db, await tenantIdOf(cli, options.tenant));
        console.log(options.json ? JSON.stringify(rows, null, 2) : rows.map(tokenLine).join('\n'));
      }),
    );

  token
    .command('revoke')
    .description('revoke a token at once, named by its id (from token list) or by the token itself')
    .requiredOption('--tenant <code>', 'tenant code')
    .option('--id <id>', 'the token id that token list prints')
    .option('--token <token>', 'the token (oms_…)')
    .action((options: { tenant: string; id?: string; token?: string }) => {
      if ((options.id === undefined) === (options.token === undefined))
        throw new Error('give either --id or --token / --id か --token のどちらかを指定してください');
      return withCli(async (cli) => {
        const which = options.id !== undefined ? { id: options.id } : { token: options.token! };
        const revoked = await revokeApiToken(cli.db, await tenantIdOf(cli, options.tenant), which);
        if (!revoked) throw new Error(`no such token in tenant ${options.tenant} / トークンが見つかりません`);
        console.log(`token ${revoked.id} revoked / 失効しました`);
      });
    });
}
