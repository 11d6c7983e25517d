import { Router } from 'express';
import type { DatabasePool } from 'slonik';
import { listApiTokens, revokeApiToken } from '../accounts/api-tokens';
import { requireSignIn } from './auth/authenticate';
import { requirePermission } from './auth/require-permission';
import { tenantOf } from './auth/tenant-scope';
import { NOT_FOUND } from './errors';
import { sendList } from './ra-simple-rest';

/**
 * `/api/api-tokens`: the signed-in tenant's API tokens (who, since when, revoked or not; never the token) and their
 * revocation, for administrators (users.manage). Another tenant's token is "not found", like one that does not exist.
 */
export function apiTokensRouter(deps: { readonly db: DatabasePool }): Router {
  const router = Router();
  router.use('/api-tokens', requireSignIn, requirePermission('users.manage'));

  router.get('/api-tokens', async (req, res) => {
    const rows = await listApiTokens(deps.db, tenantOf(req));
    sendList(res, 'api-tokens', rows, 0, rows.length);
  });

  // The token as it now is, as react-admin's delete expects the record back.
  router.delete('/api-tokens/:id', async (req, res) => {
    const revoked = await revokeApiToken(deps.db, tenantOf(req), { id: req.params.id as string });
    if (!revoked) res.status(404).json({ error: NOT_FOUND });
    else res.json(revoked);
  });

  return router;
}
