import { Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import { grantTenantAccess, revokeTenantAccess } from '../../application/accounts/staff-users';
import { isUuid } from '../../domain/shared/ids';
import { Permission } from '../../domain/staff-user/permissions';
import { findPrincipalBySignInName } from '../../projections/accounts/principal-query';
import { findTenantAccess, listTenantAccess } from '../../projections/accounts/tenant-access-queries';
import { requireSignIn } from './auth/authenticate';
import { requirePermission } from './auth/require-permission';
import { tenantOf } from './auth/tenant-scope';
import { NOT_FOUND } from './errors';
import { type CommandRouteDependencies, runUserCommand, sendCommandFailure } from './run-command';
import { decodeOr400 } from './validation';

/** The agency user is named as they sign in: their own tenant's code and their username. */
const Grant = t.type({ tenantCode: t.string, username: t.string, permissions: t.array(Permission) });

const STATUS_BY_CODE = { 'tenant_access.not_granted': 404 } as const;

/**
 * `/api/tenant-access` (ID切り替え): which staff users of other tenants (agencies) may act in the signed-in tenant, and
 * with what permissions. Granted and taken away by this tenant's administrators.
 */
export function tenantAccessRouter(deps: CommandRouteDependencies & { readonly db: DatabasePool }): Router {
  const router = Router();
  router.use('/tenant-access', requireSignIn);

  router.get('/tenant-access', async (req, res) => {
    const rows = await listTenantAccess(deps.db, tenantOf(req));
    res.set('Content-Range', `tenant-access 0-${Math.max(rows.length - 1, 0)}/${rows.length}`).json(rows);
  });

  router.post('/tenant-access', requirePermission('users.manage'), async (req, res) => {
    const body = decodeOr400(Grant, req.body, res);
    if (!body) return;
    const grantee = await findPrincipalBySignInName(deps.db, body.tenantCode, body.username);
    if (!grantee) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    const { decider, stream, command, commandName } = grantTenantAccess(tenantOf(req), grantee, body.permissions);
    const result = await runUserCommand(deps, req, decider, stream, command, { commandName });
    if (E.isLeft(result)) return sendCommandFailure(res, result.left, STATUS_BY_CODE);
    res.json(await findTenantAccess(deps.db, tenantOf(req), grantee.staffUserId));
  });

  router.delete('/tenant-access/:staffUserId', requirePermission('users.manage'), async (req, res) => {
    const staffUserId = req.params.staffUserId as string;
    if (!isUuid(staffUserId)) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    const access = await findTenantAccess(deps.db, tenantOf(req), staffUserId);
    const { decider, stream, command, commandName } = revokeTenantAccess(tenantOf(req), staffUserId);
    const result = await runUserCommand(deps, req, decider, stream, command, { commandName });
    if (E.isLeft(result)) return sendCommandFailure(res, result.left, STATUS_BY_CODE);
    // The access as it was, as react-admin's delete expects the record back.
    res.json(access);
  });

  return router;
}
