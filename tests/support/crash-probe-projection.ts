import { sql } from 'slonik';
import type { Projection } from '../../projections/projection';

/**
 * A projection that counts how often it saw each event, so applying one twice shows. With `pauseAfterFirstWrite` it
 * stops half way through a batch (after writing), which is where a crash would do the most harm.
 */
export const crashProbeProjection = (options: { pauseAfterFirstWrite?: () => Promise<void> } = {}): Projection => ({
  name: 'crash-probe',
  tables: ['crash_probe'],
  async apply(tx, events) {
    const [first, ...rest] = events;
    const record = async (ids: string[]) =>
      tx.query(sql.unsafe`
        INSERT INTO crash_probe (event_id, times) SELECT id, 1 FROM unnest(${sql.array(ids, 'uuid')}) AS id
        ON CONFLICT (event_id) DO UPDATE SET times = crash_probe.times + 1`);
    if (first) await record([first.id]);
    await options.pauseAfterFirstWrite?.();
    if (rest.length > 0) await record(rest.map((e) => e.id));
  },
});

export const CRASH_PROBE_TABLE = sql.unsafe`CREATE TABLE IF NOT EXISTS crash_probe (event_id uuid PRIMARY KEY, times int NOT NULL)`;
