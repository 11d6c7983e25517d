import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import type { Credentials } from '../../../application/ports/credentials';
import { findPrincipalBySignInName } from '../../../projections/accounts/principal-query';
import { decodeOr400 } from '../validation';
import { requireSignIn } from './authenticate';
import './principal';

const SignIn = t.strict({ tenant: t.string, username: t.string, password: t.string });

const badCredentials = { error: { code: 'bad_credentials', ja: 'テナントコード・ユーザー名・パスワードが一致しません', en: 'tenant, username or password is wrong' } };

/** `POST /api/session` signs in, `GET` says who is signed in, `DELETE` signs out. */
export function sessionRouter(deps: { db: DatabasePool; credentials: Credentials; signInAttemptsPerWindow?: number }): Router {
  const router = Router();
  // Per address and account, so that guessing one account's password is slow without locking out a whole office.
  const limiter = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: deps.signInAttemptsPerWindow ?? 10,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `${req.ip}|${String(req.body?.tenant)}|${String(req.body?.username)}`.toLowerCase(),
    handler: (_req, res) =>
      res.status(429).json({ error: { code: 'too_many_attempts', ja: 'サインインの試行が多すぎます。しばらくしてからお試しください', en: 'too many sign-in attempts; try again later' } }),
  });

  router.post('/session', limiter, async (req, res) => {
    const body = decodeOr400(SignIn, req.body, res);
    if (!body) return;
    const principal = await findPrincipalBySignInName(deps.db, body.tenant, body.username);
    // The same answer whether the tenant, the user or the password is wrong: nothing to learn by probing.
    if (!principal || !(await deps.credentials.verifyPassword(principal.staffUserId, body.password))) {
      res.status(401).json(badCredentials);
      return;
    }
    req.session.regenerate((error) => {
      if (error) throw error;
      req.session.principal = principal;
      req.session.save(() => res.json(principal));
    });
  });

  router.get('/session', requireSignIn, (req, res) => {
    res.json(req.principal);
  });

  router.delete('/session', (req, res) => {
    req.session.destroy(() => res.status(204).end());
  });

  return router;
}
