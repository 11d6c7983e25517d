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
import { callerOf, markReadModels, sendRefusal } from './command-answer';
import type { CommandPipeline } from '../../application/commands/command-pipeline';
import { decodeOr400 } from './validation';
import { boundedArray, IdText } from './input-codecs';

/** The agency user is named as they sign in: their own tenant's code and their username. */
const Grant = t.type({ tenantCode: IdText, username: IdText, permissions: boundedArray(Permission, 50) });

/**
 * `/api/tenant-access` (ID切り替え): which staff users of other tenants (agencies) may act in the signed-in tenant, and
 * with what permissions. Granted and taken away by this tenant's administrators.
 */
export function tenantAccessRouter(deps: { readonly db: DatabasePool; readonly pipeline: CommandPipeline }): Router {
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
    const request = grantTenantAccess(tenantOf(req), grantee, body.permissions);
    const result = await deps.pipeline.run(request, callerOf(req));
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    res.json(await findTenantAccess(deps.db, tenantOf(req), grantee.staffUserId));
  });

  router.delete('/tenant-access/:staffUserId', requirePermission('users.manage'), async (req, res) => {
    const staffUserId = req.params.staffUserId as string;
    if (!isUuid(staffUserId)) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    const access = await findTenantAccess(deps.db, tenantOf(req), staffUserId);
    const request = revokeTenantAccess(tenantOf(req), staffUserId);
    const result = await deps.pipeline.run(request, callerOf(req));
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    // The access as it was, as react-admin's delete expects the record back.
    res.json(access);
  });

  return router;
}
