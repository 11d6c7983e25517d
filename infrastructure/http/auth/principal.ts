import type { Permission } from '../../../domain/staff-user/permissions';

/** Who is signed in: every query is scoped by `tenantId` from here, never from what the client sends. */
export interface Principal {
  readonly tenantId: string;
  readonly tenantCode: string;
  readonly staffUserId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly permissions: readonly Permission[];
}

declare module 'express-session' {
  interface SessionData {
    principal: Principal;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      principal?: Principal;
    }
  }
}
