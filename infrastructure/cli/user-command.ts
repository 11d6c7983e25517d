import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import * as E from 'fp-ts/Either';
import {
  type CommandSpec,
  grantTenantAccess,
  registerStaffUser,
  revokeTenantAccess,
} from '../../application/accounts/staff-users';
import type { DomainEvent } from '../../domain/shared/decider';
import { StaffRole } from '../../domain/staff-user/events';
import { type Permission, PERMISSIONS, ROLE_PERMISSIONS } from '../../domain/staff-user/permissions';
import { findTenantByCode } from '../../projections/accounts/account-queries';
import { findPrincipalBySignInName } from '../../projections/accounts/principal-query';
import { type CliServices, withCli } from './cli-context';
import { operator } from './operator';
import { refusalText } from '../../application/commands/refusals';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function tenantIdOf(cli: CliServices, code: string): Promise<string> {
  const tenant = await findTenantByCode(cli.db, code);
  if (!tenant) throw new Error(`no tenant ${code} / テナントが見つかりません`);
  return tenant.id;
}

/** Runs a command as the operator (`cli` in the operation history); it returns once the screens show it. */
async function runAsOperator<C, Ev extends DomainEvent, S>(
  cli: CliServices,
  tenantId: string,
  spec: CommandSpec<C, Ev, S>,
): Promise<void> {
  const result = await cli.pipeline.run(spec, operator(tenantId));
  if (E.isLeft(result)) throw new Error(refusalText(result.left));
}

const permissionList = (value: string): Permission[] => {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(PERMISSIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown permission ${unknown.join(', ')}; one of ${PERMISSIONS.join(', ')}`);
  return names as Permission[];
};

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('staff users and agency access / 担当者とID切り替え');

  user
    .command('create')
    .description('create a staff user; prints a generated password once unless --password-stdin')
    .requiredOption('--tenant <code>', 'tenant code')
    .requiredOption('--username <username>', 'sign-in name (half-width letters, digits, . _ @ -)')
    .requiredOption('--name <name>', 'display name as colleagues know the person')
    .requiredOption('--role <role>', 'admin or staff')
    .option('--password-stdin', 'read the password from standard input')
    .action((options: { tenant: string; username: string; name: string; role: string; passwordStdin?: boolean }) =>
      withCli(async (cli) => {
        if (!StaffRole.is(options.role)) throw new Error(`unknown role ${options.role}; admin or staff`);
        const password = options.passwordStdin ? await readStdin() : randomBytes(12).toString('base64url');
        if ([...password].length < 8)
          throw new Error('a password needs 8 characters or more / パスワードは8文字以上です');
        const tenantId = await tenantIdOf(cli, options.tenant);
        const spec = registerStaffUser(tenantId, {
          username: options.username,
          displayName: options.name,
          roles: [options.role],
        });
        await runAsOperator(cli, tenantId, spec);
        await cli.credentials.setPassword(spec.command.staffUserId, password);
        console.log(
          `user ${options.username} (${options.role}) created in ${options.tenant} (${spec.command.staffUserId})`,
        );
        if (!options.passwordStdin) console.log(`password (shown once): ${password}`);
      }),
    );

  user
    .command('grant-tenant')
    .description('let a staff user of another tenant (an agency) act in this tenant: ID切り替え')
    .requiredOption('--tenant <code>', 'the tenant the user is let into')
    .requiredOption('--user-tenant <code>', "the user's own tenant")
    .requiredOption('--username <username>', "the user's sign-in name")
    .option('--permissions <list>', `comma-separated, of ${PERMISSIONS.join(', ')}`, ROLE_PERMISSIONS.staff.join(','))
    .action((options: { tenant: string; userTenant: string; username: string; permissions: string }) =>
      withCli(async (cli) => {
        const permissions = permissionList(options.permissions);
        const grantee = await findPrincipalBySignInName(cli.db, options.userTenant, options.username);
        if (!grantee)
          throw new Error(
            `no active user ${options.username} in tenant ${options.userTenant} / ユーザーが見つかりません`,
          );
        const tenantId = await tenantIdOf(cli, options.tenant);
        await runAsOperator(cli, tenantId, grantTenantAccess(tenantId, grantee, permissions));
        console.log(
          `${options.userTenant}/${options.username} may act in ${options.tenant} with ${permissions.join(', ') || 'no permissions (view only)'}`,
        );
      }),
    );

  user
    .command('revoke-tenant')
    .description('take an agency user’s access to this tenant away')
    .requiredOption('--tenant <code>', 'the tenant the user was let into')
    .requiredOption('--user-tenant <code>', "the user's own tenant")
    .requiredOption('--username <username>', "the user's sign-in name")
    .action((options: { tenant: string; userTenant: string; username: string }) =>
      withCli(async (cli) => {
        const grantee = await findPrincipalBySignInName(cli.db, options.userTenant, options.username);
        if (!grantee)
          throw new Error(
            `no active user ${options.username} in tenant ${options.userTenant} / ユーザーが見つかりません`,
          );
        const tenantId = await tenantIdOf(cli, options.tenant);
        await runAsOperator(cli, tenantId, revokeTenantAccess(tenantId, grantee.staffUserId));
        console.log(`${options.userTenant}/${options.username} may no longer act in ${options.tenant}`);
      }),
    );
}
