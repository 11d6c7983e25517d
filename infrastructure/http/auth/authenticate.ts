import type { RequestHandler } from 'express';
import type { DatabasePool } from 'slonik';
import { findPrincipal, findPrincipalByApiToken } from '../../../projections/accounts/principal-query';
import { hashApiToken } from '../../accounts/api-tokens';
import './principal';

/**
 * Sets `req.principal` from the session cookie or an `Authorization: Bearer` API token, read afresh on every request:
 * a deactivated user or a taken permission stops working at once, not at the next sign-in.
 */
export function authenticate(db: DatabasePool): RequestHandler {
  return async (req, _res, next) => {
    const bearer = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const signedIn = req.session?.signedIn;
    if (bearer) req.principal = (await findPrincipalByApiToken(db, hashApiToken(bearer))) ?? undefined;
    else if (signedIn) req.principal = (await findPrincipal(db, signedIn.staffUserId, signedIn.tenantId)) ?? undefined;
    if (req.principal) req.authenticatedBy = bearer ? 'token' : 'session';
    next();
  };
}

export const requireSignIn: RequestHandler = (req, res, next) => {
  if (req.principal) return next();
  res.status(401).json({ error: { code: 'unauthenticated', ja: 'サインインしてください', en: 'sign in first' } });
};

/** The host of an Origin header; a sandboxed page or a file sends `null`, which is no site of ours. */
const hostOf = (origin: string): string | undefined => {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
};

/**
 * CSRF: a request that changes something must come from our own pages. Browsers send Origin on such requests; a
 * different one is refused. Only a request that a valid API token authenticated and that carries no cookie is let
 * through from anywhere: a script, which a browser on another site cannot make (it cannot read the token). Any
 * `Authorization` header alone would not do: another site can add one that names no valid token to a cookie request.
 */
export const sameOriginOnly: RequestHandler = (req, res, next) => {
  const origin = req.headers.origin;
  const scriptWithToken = req.authenticatedBy === 'token' && !req.headers.cookie;
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method) || !origin || scriptWithToken) return next();
  const host = hostOf(origin);
  if (host !== undefined && host === req.headers.host) return next();
  res.status(403).json({
    error: { code: 'cross_origin', ja: '別のサイトからの操作は受け付けません', en: 'cross-site request refused' },
  });
};
