import { type CommonQueryMethods, type DatabasePool, type DatabaseTransactionConnection, sql } from 'slonik';
import { z } from 'zod';
import type { AnyProjection } from './projection';

const NamedDefinition = z.object({ name: z.string(), definition: z.string() });
type NamedDefinition = z.infer<typeof NamedDefinition>;

const regclass = (schema: string, table: string) =>
  sql.fragment`format('%I.%I', ${schema}::text, ${table}::text)::regclass`;

/**
 * An index's definition without its name and table, so that the live index and its copy compare equal. A copy made by
 * `LIKE … INCLUDING ALL` gets a generated name; the swap gives it the live one back, which later migrations use.
 */
const indexesOf = (db: CommonQueryMethods, schema: string, table: string) =>
  db.any(sql.type(NamedDefinition)`
    SELECT c.relname AS name,
      regexp_replace(pg_get_indexdef(c.oid), ${'^CREATE (UNIQUE )?INDEX [^ ]+ ON (ONLY )?[^ ]+ '}, ${'CREATE \\1INDEX ON \\2'}) AS definition
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    WHERE i.indrelid = ${regclass(schema, table)} ORDER BY c.relname`);

/** Extended statistics (CREATE STATISTICS), which follow their table by name in the same way. */
const statisticsOf = (db: CommonQueryMethods, schema: string, table: string) =>
  db.any(sql.type(NamedDefinition.extend({ schema: z.string() }))`
    SELECT s.stxname AS name, s.stxnamespace::regnamespace::text AS schema,
      s.stxkind::text || ' ' || pg_get_statisticsobjdef_columns(s.oid) AS definition
    FROM pg_statistic_ext s WHERE s.stxrelid = ${regclass(schema, table)} ORDER BY s.stxname`);

/** Pairs each copy with the live object it stands for, by definition. */
function pairByDefinition<T extends NamedDefinition>(live: readonly NamedDefinition[], copies: readonly T[]) {
  const left = [...copies];
  return live.flatMap((original) => {
    const at = left.findIndex((copy) => copy.definition === original.definition);
    return at < 0 ? [] : [{ copy: left.splice(at, 1)[0]!, liveName: original.name }];
  });
}

/**
 * Copies of a projection's tables (columns, defaults, constraints, indexes, statistics) in a schema of their own. A
 * rebuild fills them while the live tables go on answering, then swaps them in, in one transaction with the checkpoint:
 * no reader ever sees a read model empty or half replayed. The projection's SQL names its tables without a schema, so
 * `enter` puts the copies first on the transaction's search path and the same `apply` writes them.
 */
export class ShadowTables {
  private constructor(
    private readonly schema: string,
    /** The live schema of each table, by table. */
    private readonly live: ReadonlyMap<string, string>,
  ) {}

  /** Drops what a rebuild that stopped half way left behind, then copies the live tables, empty. */
  static async create(db: DatabasePool, projection: AnyProjection): Promise<ShadowTables> {
    const schema = `rebuild_${projection.name.replace(/[^a-z0-9]+/g, '_')}`;
    const live = new Map<string, string>();
    await db.transaction(async (tx) => {
      await tx.query(sql.unsafe`DROP SCHEMA IF EXISTS ${sql.identifier([schema])} CASCADE`);
      await tx.query(sql.unsafe`CREATE SCHEMA ${sql.identifier([schema])}`);
      for (const table of projection.tables) {
        const liveSchema = await tx.oneFirst(sql.type(z.object({ schema: z.string() }))`
          SELECT relnamespace::regnamespace::text AS schema FROM pg_class WHERE oid = ${table}::regclass`);
        live.set(table, liveSchema);
        await tx.query(sql.unsafe`
          CREATE TABLE ${sql.identifier([schema, table])} (LIKE ${sql.identifier([liveSchema, table])} INCLUDING ALL)`);
      }
    });
    return new ShadowTables(schema, live);
  }

  /** For the rest of the transaction, the projection's unqualified table names are the copies. */
  async enter(tx: DatabaseTransactionConnection): Promise<void> {
    await tx.query(sql.unsafe`
      SELECT set_config('search_path', quote_ident(${this.schema}) || ', ' || current_setting('search_path'), true)`);
  }

  /**
   * Replaces the live tables with the copies under the live names, in the caller's transaction. Readers wait for the
   * few statements this takes, then read the new tables.
   */
  async swapIn(tx: DatabaseTransactionConnection): Promise<void> {
    const tables = [...this.live];
    // A projection that keeps no table of its own (the mail outbox, whose rows are no read model) swaps nothing.
    if (tables.length === 0) return;
    await tx.query(sql.unsafe`
      LOCK TABLE ${sql.join(
        tables.map(([table, schema]) => sql.identifier([schema, table])),
        sql.fragment`, `,
      )} IN ACCESS EXCLUSIVE MODE`);
    for (const [table, schema] of tables) {
      const indexes = await indexesOf(tx, schema, table);
      const statistics = await statisticsOf(tx, schema, table);
      await tx.query(sql.unsafe`DROP TABLE ${sql.identifier([schema, table])}`);
      await tx.query(
        sql.unsafe`ALTER TABLE ${sql.identifier([this.schema, table])} SET SCHEMA ${sql.identifier([schema])}`,
      );
      await this.rename(tx, 'INDEX', schema, pairByDefinition(indexes, await indexesOf(tx, schema, table)));
      const copied = pairByDefinition(statistics, await statisticsOf(tx, schema, table));
      for (const { copy } of copied)
        if (copy.schema !== schema)
          await tx.query(
            sql.unsafe`ALTER STATISTICS ${sql.identifier([copy.schema, copy.name])} SET SCHEMA ${sql.identifier([schema])}`,
          );
      await this.rename(tx, 'STATISTICS', schema, copied);
    }
  }

  /** Gives each copy its live name; through a temporary name first, as one copy may hold another's name. */
  private async rename(
    tx: DatabaseTransactionConnection,
    kind: 'INDEX' | 'STATISTICS',
    schema: string,
    pairs: readonly { copy: NamedDefinition; liveName: string }[],
  ): Promise<void> {
    const keyword = kind === 'INDEX' ? sql.fragment`INDEX` : sql.fragment`STATISTICS`;
    const moving = pairs.filter(({ copy, liveName }) => copy.name !== liveName);
    for (const [i, { copy }] of moving.entries())
      await tx.query(
        sql.unsafe`ALTER ${keyword} ${sql.identifier([schema, copy.name])} RENAME TO ${sql.identifier([`${this.schema}_${i}`])}`,
      );
    for (const [i, { liveName }] of moving.entries())
      await tx.query(
        sql.unsafe`ALTER ${keyword} ${sql.identifier([schema, `${this.schema}_${i}`])} RENAME TO ${sql.identifier([liveName])}`,
      );
  }

  /** Removes the copies' schema: empty after a swap, or what a failed rebuild filled. */
  async drop(db: DatabasePool): Promise<void> {
    await db.query(sql.unsafe`DROP SCHEMA IF EXISTS ${sql.identifier([this.schema])} CASCADE`);
  }
}
