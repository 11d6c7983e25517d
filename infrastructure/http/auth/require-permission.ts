import type { Request, RequestHandler, Response } from 'express';
import type { Permission } from '../../../domain/staff-user/permissions';
import './principal';

/** True when the principal has the permission; else answers 401 (no principal) or 403 and returns false. */
export function allowedOrRefused(req: Request, res: Response, permission: Permission): boolean {
  if (!req.principal) {
    res.status(401).json({ error: { code: 'unauthenticated', ja: 'サインインしてください', en: 'sign in first' } });
    return false;
  }
  if (req.principal.permissions.includes(permission)) return true;
  res.status(403).json({
    error: {
      code: 'forbidden',
      ja: 'この操作を行う権限がありません',
      en: 'you are not allowed to do this',
      permission,
    },
  });
  return false;
}

/** The one check every changing route uses. */
export const requirePermission =
  (permission: Permission): RequestHandler =>
  (req, res, next) => {
    if (allowedOrRefused(req, res, permission)) next();
  };
