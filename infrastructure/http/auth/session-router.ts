import { Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import type { Credentials } from '../../../application/ports/credentials';
import { findTenantByCode } from '../../../projections/accounts/account-queries';
import {
  findPrincipal,
  findPrincipalBySignInName,
  switchableTenants,
} from '../../../projections/accounts/principal-query';
import { NOT_FOUND } from '../errors';
import { decodeOr400 } from '../validation';
import { boundedText, IdText } from '../input-codecs';
import { PASSWORD_MAX } from '../staff-users-router';
import { requireSignIn } from './authenticate';
import { SignInBackoff } from './sign-in-backoff';
import './principal';

const SignIn = t.strict({ tenant: IdText, username: IdText, password: boundedText(PASSWORD_MAX) });
const SwitchTenant = t.strict({ tenantCode: IdText });

const badCredentials = {
  error: {
    code: 'bad_credentials',
    ja: 'テナントコード・ユーザー名・パスワードが一致しません',
    en: 'tenant, username or password is wrong',
  },
};

const tooManyAttempts = {
  error: {
    code: 'too_many_attempts',
    ja: 'サインインの試行が多すぎます。しばらくしてからお試しください',
    en: 'too many sign-in attempts; try again later',
  },
};

/**
 * `POST /api/session` signs in, `GET` says who is signed in, `DELETE` signs out; agency users list the tenants they may
 * act in and switch between them (ID切り替え).
 */
export function sessionRouter(deps: {
  db: DatabasePool;
  credentials: Credentials;
  signInFailuresPerAddress?: number;
}): Router {
  const router = Router();
  const backoff = new SignInBackoff();
  // Wider than one account: many accounts guessed from one address (password spraying) are cut off here.
  const perAddress = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: deps.signInFailuresPerAddress ?? 100,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // ipKeyGenerator groups an IPv6 address by its /56, so one client cannot rotate addresses within its own block.
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? ''),
    handler: (_req, res) => res.status(429).json(tooManyAttempts),
  });

  router.post('/session', perAddress, async (req, res) => {
    const body = decodeOr400(SignIn, req.body, res);
    if (!body) return;
    // Per address and account: wrong passwords slow down only that address's tries at that account.
    const key = [ipKeyGenerator(req.ip ?? ''), body.tenant, body.username].join('|').toLowerCase();
    const waitMs = backoff.waitMs(key, Date.now());
    if (waitMs > 0) {
      res.set('Retry-After', String(Math.ceil(waitMs / 1000)));
      res.status(429).json(tooManyAttempts);
      return;
    }
    const principal = await findPrincipalBySignInName(deps.db, body.tenant, body.username);
    // The same answer whether the tenant, the user or the password is wrong: nothing to learn by probing.
    if (!principal || !(await deps.credentials.verifyPassword(principal.staffUserId, body.password))) {
      backoff.failed(key, Date.now());
      res.status(401).json(badCredentials);
      return;
    }
    backoff.succeeded(key);
    req.session.regenerate((error) => {
      if (error) throw error;
      req.session.signedIn = { staffUserId: principal.staffUserId, tenantId: principal.tenantId };
      req.session.save(() => res.json(principal));
    });
  });

  router.get('/session', requireSignIn, (req, res) => {
    res.json(req.principal);
  });

  router.get('/session/tenants', requireSignIn, async (req, res) => {
    const tenants = await switchableTenants(deps.db, req.principal!.staffUserId);
    res.json(tenants.map((tenant) => ({ ...tenant, current: tenant.code === req.principal!.tenantCode })));
  });

  // A tenant the user was not let into answers 404, like one that does not exist. Tokens are bound to one tenant.
  router.post('/session/switch-tenant', requireSignIn, async (req, res) => {
    const body = decodeOr400(SwitchTenant, req.body, res);
    if (!body) return;
    const tenant = req.session.signedIn && (await findTenantByCode(deps.db, body.tenantCode));
    const principal = tenant && (await findPrincipal(deps.db, req.principal!.staffUserId, tenant.id));
    if (!principal) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    req.session.signedIn = { staffUserId: principal.staffUserId, tenantId: principal.tenantId };
    req.session.save(() => res.json(principal));
  });

  router.delete('/session', (req, res) => {
    req.session.destroy(() => res.status(204).end());
  });

  return router;
}
