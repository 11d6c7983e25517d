import type { PrincipalRow } from '../../../projections/accounts/principal-query';

/**
 * Who is signed in and in which tenant they act: every query is scoped by `tenantId` from here, never from what the
 * client sends. For an agency user who switched tenants (ID切り替え) `tenantId` is the tenant switched to, while
 * `staffUserId` stays the real person, so events and the operation history name them.
 */
export type Principal = PrincipalRow;

/** What the session keeps: only who signed in and where they act. The rest is read again on every request. */
export interface SignedIn {
  readonly staffUserId: string;
  readonly tenantId: string;
}

declare module 'express-session' {
  interface SessionData {
    signedIn: SignedIn;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      principal?: Principal;
      /** How `principal` was found: a valid API token, or the session cookie. */
      authenticatedBy?: 'token' | 'session';
    }
  }
}
