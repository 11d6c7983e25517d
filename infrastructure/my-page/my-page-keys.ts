import { randomBytes } from 'node:crypto';
import { type DatabasePool, type DatabaseTransactionConnection, sql } from 'slonik';
import type { MyPageKey, MyPageKeys } from '../../application/my-page/my-page-token';

/**
 * The マイページ's signing keys in `server_secrets`, shared by every server process and the CLI: the current key signs
 * new links, the previous one (the current before the last rotation) is still accepted, so a link mailed before a
 * rotation keeps working until its own expiry or the next rotation.
 */
const CURRENT = 'my-page-key';
const PREVIOUS = 'my-page-key-previous';

interface StoredKey {
  readonly id: string;
  readonly secret: string;
}

const newKey = (): StoredKey => ({
  // Time-based and short (it is written in every link), with a random tail so two rotations in one millisecond differ.
  id: `${Date.now().toString(36)}${randomBytes(3).toString('base64url')}`.slice(0, 16),
  secret: randomBytes(32).toString('base64url'),
});

const keyOf = (stored: StoredKey): MyPageKey => ({ id: stored.id, secret: Buffer.from(stored.secret, 'base64url') });

async function storedKey(db: DatabasePool | DatabaseTransactionConnection, name: string) {
  const value = await db.maybeOneFirst(sql.unsafe`SELECT value FROM server_secrets WHERE name = ${name}`);
  return value === null ? undefined : (JSON.parse(String(value)) as StoredKey);
}

/**
 * The keys as they stand, read on each use (a rotation by another process counts at once): one query, and on a fresh
 * database one more to make the current key.
 */
export async function loadMyPageKeys(db: DatabasePool): Promise<MyPageKeys> {
  const stored = new Map(
    (await db.any(sql.unsafe`SELECT name, value FROM server_secrets WHERE name IN (${CURRENT}, ${PREVIOUS})`)).map(
      (row) => [String(row.name), JSON.parse(String(row.value)) as StoredKey],
    ),
  );
  if (!stored.has(CURRENT)) {
    await db.query(sql.unsafe`
      INSERT INTO server_secrets (name, value) VALUES (${CURRENT}, ${JSON.stringify(newKey())}) ON CONFLICT DO NOTHING`);
    stored.set(CURRENT, (await storedKey(db, CURRENT))!);
  }
  const previous = stored.get(PREVIOUS);
  return { current: keyOf(stored.get(CURRENT)!), previous: previous ? [keyOf(previous)] : [] };
}

/**
 * A new current key; the current one becomes the previous, and the one before it is dropped (links it signed stop
 * working). Rotating twice in a row therefore revokes every link mailed before the first rotation.
 */
export async function rotateMyPageKey(db: DatabasePool): Promise<{ current: string; previous: string | null }> {
  await loadMyPageKeys(db);
  return db.transaction(async (tx) => {
    // The row lock makes two rotations at once take turns instead of both demoting the same key.
    const old = JSON.parse(
      String(await tx.oneFirst(sql.unsafe`SELECT value FROM server_secrets WHERE name = ${CURRENT} FOR UPDATE`)),
    ) as StoredKey;
    const next = newKey();
    await tx.query(sql.unsafe`
      INSERT INTO server_secrets (name, value) VALUES (${PREVIOUS}, ${JSON.stringify(old)})
      ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, created_at = now()`);
    await tx.query(sql.unsafe`
      UPDATE server_secrets SET value = ${JSON.stringify(next)}, created_at = now() WHERE name = ${CURRENT}`);
    return { current: next.id, previous: old.id };
  });
}
