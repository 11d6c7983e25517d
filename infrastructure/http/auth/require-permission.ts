import type { RequestHandler } from 'express';
import type { Permission } from '../../../domain/staff-user/permissions';
import './principal';

/** 401 without a principal, 403 when the principal lacks the permission: the one check every changing route uses. */
export const requirePermission =
  (permission: Permission): RequestHandler =>
  (req, res, next) => {
    if (!req.principal) {
      res.status(401).json({ error: { code: 'unauthenticated', ja: 'サインインしてください', en: 'sign in first' } });
      return;
    }
    if (req.principal.permissions.includes(permission)) return next();
    res.status(403).json({ error: { code: 'forbidden', ja: 'この操作を行う権限がありません', en: 'you are not allowed to do this', permission } });
  };
