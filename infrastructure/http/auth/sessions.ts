import { randomBytes } from 'node:crypto';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { RequestHandler } from 'express';
import type pg from 'pg';
import type { Logger } from 'pino';
import { type DatabasePool, sql } from 'slonik';

const EIGHT_HOURS_MS = 8 * 60 * 60 * 1000;

/** A signing key: made once, kept in the database so every server process signs alike. */
export async function serverSecret(db: DatabasePool, name: string): Promise<string> {
  await db.query(sql.unsafe`
    INSERT INTO server_secrets (name, value) VALUES (${name}, ${randomBytes(32).toString('base64url')}) ON CONFLICT DO NOTHING`);
  return String(await db.oneFirst(sql.unsafe`SELECT value FROM server_secrets WHERE name = ${name}`));
}

/** The staff cookie's signing key. */
const sessionSecret = (db: DatabasePool) => serverSecret(db, 'session');

export type SessionStore = session.Store & { close(): void | Promise<void> };

/**
 * The sessions' table (connect-pg-simple). Its pruning timer outlives requests, so the process that opens the store
 * closes it with its pools: a timer left behind would prune through an ended pool.
 */
export function openSessionStore(pgPool: pg.Pool, logger: Logger, { prunes = true } = {}): SessionStore {
  const PgStore = connectPgSimple(session);
  return new PgStore({
    pool: pgPool,
    tableName: 'session',
    createTableIfMissing: false,
    // One store per process prunes the table; a second store on it (the buyers') leaves that to the first.
    pruneSessionInterval: prunes ? 15 * 60 : false,
    errorLog: (message: string, error: unknown) => logger.warn({ err: error }, message),
  });
}

/**
 * Sessions in PostgreSQL. The cookie is HttpOnly and SameSite=Lax, so another site cannot send it
 * with a form post; `sameOriginOnly` covers the rest of CSRF. A staff day is long: sessions last 8 hours, renewed on use.
 */
export async function sessionMiddleware(db: DatabasePool, store: SessionStore): Promise<RequestHandler> {
  return session({
    store,
    secret: await sessionSecret(db),
    name: 'oms.sid',
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: EIGHT_HOURS_MS },
  });
}
