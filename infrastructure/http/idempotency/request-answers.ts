import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';

/** A client's name for one request: its own within its tenant and staff user, never matched across them. */
export interface RequestKey {
  readonly tenantId: string;
  readonly staffUserId: string;
  readonly key: string;
}

export interface StoredAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | readonly string[]>>;
  readonly body: Buffer;
}

/** What a key already stands for when a request arrives with it. */
export type Claim =
  | { readonly kind: 'claimed' }
  | { readonly kind: 'answered'; readonly answer: StoredAnswer }
  | { readonly kind: 'running' }
  | { readonly kind: 'other-request' };

const Claimed = z.object({ claimed: z.boolean() });
const Existing = z.object({
  fingerprint: z.string(),
  status: z.number().nullable(),
  headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).nullable(),
  bodyBase64: z.string().nullable(),
});

const where = ({ tenantId, staffUserId, key }: RequestKey) =>
  sql.fragment`tenant_id = ${tenantId} AND staff_user_id = ${staffUserId} AND key = ${key}`;

/**
 * Claims the key for a request with this fingerprint, or says what the key stands for already. A key is remembered for
 * a day. A request still running after two minutes is taken to have died with its process, and a retry of it may run
 * it again: the command ids in the event store still keep its writes to one.
 */
export async function claimKey(db: DatabasePool, requestKey: RequestKey, fingerprint: string): Promise<Claim> {
  const { tenantId, staffUserId, key } = requestKey;
  for (;;) {
    const claimed = await db.maybeOne(sql.type(Claimed)`
      INSERT INTO idempotent_requests AS r (tenant_id, staff_user_id, key, fingerprint)
      VALUES (${tenantId}, ${staffUserId}, ${key}, ${fingerprint})
      ON CONFLICT (tenant_id, staff_user_id, key) DO UPDATE
        SET fingerprint = EXCLUDED.fingerprint, started_at = now(), answered_at = NULL, status = NULL, headers = NULL,
            body_base64 = NULL
        WHERE r.started_at < now() - interval '24 hours'
           OR (r.answered_at IS NULL AND r.started_at < now() - interval '2 minutes' AND r.fingerprint = EXCLUDED.fingerprint)
      RETURNING true AS claimed`);
    if (claimed) return { kind: 'claimed' };
    const existing = await db.maybeOne(sql.type(Existing)`
      SELECT fingerprint, status, headers, body_base64 AS "bodyBase64" FROM idempotent_requests WHERE ${where(requestKey)}`);
    // Released between the two statements (the first attempt failed): claim it afresh.
    if (!existing) continue;
    if (existing.fingerprint !== fingerprint) return { kind: 'other-request' };
    if (existing.status === null) return { kind: 'running' };
    return {
      kind: 'answered',
      answer: {
        status: existing.status,
        headers: existing.headers ?? {},
        body: Buffer.from(existing.bodyBase64 ?? '', 'base64'),
      },
    };
  }
}

/** Keeps the answer a claimed request was given, for its repeats. */
export async function recordAnswer(db: DatabasePool, requestKey: RequestKey, answer: StoredAnswer): Promise<void> {
  await db.query(sql.unsafe`
    UPDATE idempotent_requests
    SET answered_at = now(), status = ${answer.status}, headers = ${sql.jsonb(answer.headers as never)},
        body_base64 = ${answer.body.toString('base64')}
    WHERE ${where(requestKey)} AND answered_at IS NULL`);
}

/** Lets the key go after a failure of ours (a 5xx), so that a retry runs the request again. */
export async function releaseKey(db: DatabasePool, requestKey: RequestKey): Promise<void> {
  await db.query(sql.unsafe`DELETE FROM idempotent_requests WHERE ${where(requestKey)} AND answered_at IS NULL`);
}

/** Forgets the keys older than a day. */
export async function forgetOldKeys(db: DatabasePool): Promise<void> {
  await db.query(sql.unsafe`DELETE FROM idempotent_requests WHERE started_at < now() - interval '24 hours'`);
}

/**
 * At a server's start, the requests still marked running died with a process (a crash, SIGKILL): their keys are let go
 * so that a client's retry runs at once instead of waiting out the two minutes. With several servers on one database,
 * a request that another server is running at that moment may then run twice; its commands carry the key in their
 * command ids, so the event store still takes their writes once.
 */
export async function releaseKeysOfStoppedRequests(db: DatabasePool): Promise<number> {
  const released = await db.query(sql.unsafe`DELETE FROM idempotent_requests WHERE answered_at IS NULL`);
  return released.rowCount;
}
