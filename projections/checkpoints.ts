import { type DatabasePool, type DatabaseTransactionConnection, sql } from 'slonik';
import { z } from 'zod';
import { type GlobalPosition, START } from '../application/ports/event-store';

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

export async function resetCheckpoint(tx: DatabaseTransactionConnection, name: string): Promise<void> {
  await tx.query(sql.unsafe`
    INSERT INTO projection_checkpoints (name, commit_position, prepare_position) VALUES (${name}, ${START.commit.toString()}, ${START.prepare.toString()})
    ON CONFLICT (name) DO UPDATE SET commit_position = 0, prepare_position = 0, updated_at = now()`);
}
