import { type DatabasePool, type DatabaseTransactionConnection, sql } from 'slonik';
import { z } from 'zod';
import type { GlobalPosition } from '../application/ports/event-store';

const CheckpointRow = z.object({ name: z.string(), commit: z.string(), prepare: z.string(), updated_at: z.number() });

export class CheckpointMovedError extends Error {
  override readonly name = 'CheckpointMovedError';
  constructor(projection: string) {
    super(`the checkpoint of ${projection} was moved by someone else (another runner or a rebuild)`);
  }
}

const toPosition = (row: { commit: string; prepare: string }): GlobalPosition => ({
  commit: BigInt(row.commit),
  prepare: BigInt(row.prepare),
});

export async function loadCheckpoint(db: DatabasePool, name: string): Promise<GlobalPosition> {
  await db.query(sql.unsafe`INSERT INTO projection_checkpoints (name) VALUES (${name}) ON CONFLICT DO NOTHING`);
  const row = await db.one(sql.type(CheckpointRow)`
    SELECT name, commit_position::text AS commit, prepare_position::text AS prepare, updated_at FROM projection_checkpoints WHERE name = ${name}`);
  return toPosition(row);
}

/** A checkpoint at `head` unless the projection has one: the first start of a projection that begins at the head. */
export async function beginAt(db: DatabasePool, name: string, head: GlobalPosition): Promise<void> {
  await db.query(sql.unsafe`
    INSERT INTO projection_checkpoints (name, commit_position, prepare_position)
    VALUES (${name}, ${head.commit.toString()}, ${head.prepare.toString()}) ON CONFLICT DO NOTHING`);
}

export async function allCheckpoints(
  db: DatabasePool,
): Promise<Map<string, { position: GlobalPosition; updatedAt: Date }>> {
  const rows = await db.any(sql.type(CheckpointRow)`
    SELECT name, commit_position::text AS commit, prepare_position::text AS prepare, updated_at FROM projection_checkpoints`);
  return new Map(rows.map((r) => [r.name, { position: toPosition(r), updatedAt: new Date(r.updated_at) }]));
}

/** Compare-and-set: moves the checkpoint only from where this runner last saw it. */
export async function moveCheckpoint(
  tx: DatabaseTransactionConnection,
  name: string,
  from: GlobalPosition,
  to: GlobalPosition,
): Promise<void> {
  const result = await tx.query(sql.unsafe`
    UPDATE projection_checkpoints SET commit_position = ${to.commit.toString()}, prepare_position = ${to.prepare.toString()}, updated_at = now()
    WHERE name = ${name} AND commit_position = ${from.commit.toString()} AND prepare_position = ${from.prepare.toString()}`);
  if (result.rowCount !== 1) throw new CheckpointMovedError(name);
}

/**
 * Locks the projection's checkpoint row until the transaction ends and answers where it stands. A runner moving it
 * meanwhile waits, then finds it moved (CheckpointMovedError) if it was, and reloads it: that is how a rebuild swaps
 * its tables in under a running server without a batch landing on the wrong ones.
 */
export async function lockCheckpoint(tx: DatabaseTransactionConnection, name: string): Promise<GlobalPosition> {
  await tx.query(sql.unsafe`INSERT INTO projection_checkpoints (name) VALUES (${name}) ON CONFLICT DO NOTHING`);
  return toPosition(
    await tx.one(sql.type(CheckpointRow.pick({ commit: true, prepare: true }))`
      SELECT commit_position::text AS commit, prepare_position::text AS prepare FROM projection_checkpoints
      WHERE name = ${name} FOR UPDATE`),
  );
}

/** Sets the checkpoint of a projection whose row this transaction holds (lockCheckpoint). */
export async function setCheckpoint(
  tx: DatabaseTransactionConnection,
  name: string,
  to: GlobalPosition,
): Promise<void> {
  await tx.query(sql.unsafe`
    UPDATE projection_checkpoints SET commit_position = ${to.commit.toString()}, prepare_position = ${to.prepare.toString()}, updated_at = now()
    WHERE name = ${name}`);
}
