import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import { changeStaffUser, registerStaffUser } from '../../application/accounts/staff-users';
import type { Credentials } from '../../application/ports/credentials';
import { isUuid } from '../../domain/shared/ids';
import { StaffRole } from '../../domain/staff-user/events';
import { Permission } from '../../domain/staff-user/permissions';
import { USERNAME } from '../../domain/staff-user/staff-user';
import { findStaffUserView, listStaffUsers, STAFF_USER_SORTS } from '../../projections/accounts/staff-user-queries';
import { requireSignIn } from './auth/authenticate';
import { SignInBackoff } from './auth/sign-in-backoff';
import { allowedOrRefused, requirePermission } from './auth/require-permission';
import { tenantOf } from './auth/tenant-scope';
import { NOT_FOUND } from './errors';
import { listParamsOr400 } from './list-params';
import { sendList } from './ra-simple-rest';
import { requiredText } from './required-text';
import { callerOf, markReadModels, sendRefusal } from './command-answer';
import type { CommandPipeline } from '../../application/commands/command-pipeline';
import { decodeOr400 } from './validation';
import { boundedArray, fitsIn, SearchText } from './input-codecs';

const Username = t.refinement(
  t.string,
  (s) => USERNAME.test(s),
  'username of 2–64 half-width letters, digits or . _ @ -',
);
export const PASSWORD_MAX = 200;
const Password = t.refinement(
  t.string,
  (s) => fitsIn(s, PASSWORD_MAX) && [...s].length >= 8,
  `password of 8–${PASSWORD_MAX} characters`,
);
const Roles = t.refinement(boundedArray(StaffRole, 10), (roles) => roles.length >= 1, 'one or more of admin, staff');
const Permissions = boundedArray(Permission, 50);

const NewStaffUser = t.intersection([
  t.type({ username: Username, displayName: requiredText(100), roles: Roles, password: Password }),
  t.partial({ permissions: Permissions }),
]);
// react-admin sends the whole record back on save: the fields that cannot change here are dropped, not refused.
const StaffUserChanges = t.exact(
  t.partial({ displayName: requiredText(100), roles: Roles, permissions: Permissions, active: t.boolean }),
);
const NewPassword = t.type({ password: Password });
/** One's own password: the current one proves it is the person and not someone at their unlocked screen. */
const OwnNewPassword = t.type({ currentPassword: t.string, password: Password });

const wrongCurrentPassword = {
  error: {
    code: 'wrong_current_password',
    ja: '現在のパスワードが違います',
    en: 'the current password is wrong',
    fields: [{ path: 'currentPassword', ja: '現在のパスワードが違います', en: 'the current password is wrong' }],
  },
};

const StaffUserFilter = t.partial({ q: SearchText });

export interface StaffUsersRouterDependencies {
  readonly pipeline: CommandPipeline;
  readonly db: DatabasePool;
  readonly credentials: Credentials;
}

/** `/api/staff-users` (担当者): the signed-in tenant's staff, in ra-data-simple-rest's shape, and their upkeep. */
export function staffUsersRouter(deps: StaffUsersRouterDependencies): Router {
  const { db } = deps;
  const router = Router();
  router.use('/staff-users', requireSignIn);

  // Another tenant's record is "not found", exactly like a record that does not exist.
  const userOr404 = async (req: Request, res: Response) => {
    const id = req.params.id as string;
    const row = isUuid(id) ? await findStaffUserView(db, tenantOf(req), id) : null;
    if (!row) res.status(404).json({ error: NOT_FOUND });
    return row;
  };

  router.get('/staff-users', async (req, res) => {
    const params = listParamsOr400(req, res, STAFF_USER_SORTS, { field: 'username', order: 'ASC' }, StaffUserFilter);
    if (!params) return;
    const { q } = params.filter;
    const { rows, total } = await listStaffUsers(db, tenantOf(req), { ...params, q });
    sendList(res, 'staff-users', rows, params.offset, total);
  });

  router.get('/staff-users/:id', async (req, res) => {
    const row = await userOr404(req, res);
    if (row) res.json(row);
  });

  router.post('/staff-users', requirePermission('users.manage'), async (req, res) => {
    const body = decodeOr400(NewStaffUser, req.body, res);
    if (!body) return;
    const { password, ...user } = body;
    const request = registerStaffUser(tenantOf(req), user);
    const result = await deps.pipeline.run(request, callerOf(req));
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    await deps.credentials.setPassword(request.command.staffUserId, password);
    res.status(201).json(await findStaffUserView(db, tenantOf(req), request.command.staffUserId));
  });

  router.put('/staff-users/:id', requirePermission('users.manage'), async (req, res) => {
    const body = decodeOr400(StaffUserChanges, req.body ?? {}, res);
    if (!body || !(await userOr404(req, res))) return;
    const request = changeStaffUser(tenantOf(req), req.principal!.staffUserId, req.params.id as string, body);
    const result = await deps.pipeline.run(request, callerOf(req));
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    res.json(await findStaffUserView(db, tenantOf(req), request.command.staffUserId));
  });

  // Guessing the current password from a session left open is slowed down as guessing at sign-in is.
  const passwordBackoff = new SignInBackoff();

  // Anyone may change their own password, giving the current one; someone else's needs users.manage.
  router.post('/staff-users/:id/password', async (req, res) => {
    const own = req.params.id === req.principal!.staffUserId;
    if (!own) {
      if (!allowedOrRefused(req, res, 'users.manage')) return;
      const body = decodeOr400(NewPassword, req.body, res);
      if (!body || !(await userOr404(req, res))) return;
      await deps.credentials.setPassword(req.params.id as string, body.password);
      return void res.status(204).end();
    }
    const body = decodeOr400(OwnNewPassword, req.body, res);
    if (!body || !(await userOr404(req, res))) return;
    const staffUserId = req.principal!.staffUserId;
    const waitMs = passwordBackoff.waitMs(staffUserId, Date.now());
    if (waitMs > 0) {
      res.set('Retry-After', String(Math.ceil(waitMs / 1000)));
      return void res.status(429).json({
        error: {
          code: 'too_many_attempts',
          ja: '試行が多すぎます。しばらくしてからお試しください',
          en: 'too many attempts; try again later',
        },
      });
    }
    if (!(await deps.credentials.verifyPassword(staffUserId, body.currentPassword))) {
      passwordBackoff.failed(staffUserId, Date.now());
      return void res.status(400).json(wrongCurrentPassword);
    }
    passwordBackoff.succeeded(staffUserId);
    await deps.credentials.setPassword(staffUserId, body.password);
    res.status(204).end();
  });

  return router;
}
