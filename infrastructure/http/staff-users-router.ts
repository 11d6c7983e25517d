import { Router } from 'express';
import type { DatabasePool } from 'slonik';
import { findStaffUserView, listStaffUsers, STAFF_USER_SORTS } from '../../projections/accounts/staff-user-queries';
import { isUuid } from '../../domain/shared/ids';
import { requireSignIn } from './auth/authenticate';
import { NOT_FOUND } from './errors';
import { tenantOf } from './auth/tenant-scope';
import { listParamsOr400 } from './list-params';
import { sendList } from './ra-simple-rest';


/** `/api/staff-users` (担当者): the signed-in tenant's staff, in ra-data-simple-rest's shape. */
export function staffUsersRouter(db: DatabasePool): Router {
  const router = Router();
  router.use('/staff-users', requireSignIn);

  router.get('/staff-users', async (req, res) => {
    const params = listParamsOr400(req, res, STAFF_USER_SORTS, { field: 'username', order: 'ASC' });
    if (!params) return;
    const q = typeof params.filter.q === 'string' ? params.filter.q : undefined;
    const { rows, total } = await listStaffUsers(db, tenantOf(req), { ...params, q });
    sendList(res, 'staff-users', rows, params.offset, total);
  });

  router.get('/staff-users/:id', async (req, res) => {
    // Another tenant's record is "not found", exactly like a record that does not exist.
    const row = isUuid(req.params.id) ? await findStaffUserView(db, tenantOf(req), req.params.id) : null;
    if (row) res.json(row);
    else res.status(404).json({ error: NOT_FOUND });
  });

  return router;
}
