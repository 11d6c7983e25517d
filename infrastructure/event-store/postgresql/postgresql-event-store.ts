import { EventEmitter } from 'node:events';
import type pg from 'pg';
import {
  type AppendRequest,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type LogPage,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamMetadata,
  type SubscribeOptions,
  type Subscription,
  type GlobalPosition,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../../../application/ports/event-store';
import { withTransaction } from '../../postgres/transactions';
import { readHead, readLogPage } from './log-reader';
import { type AppendedEvent, pollingSubscription } from './polling-subscription';
import { RecentEvents } from './recent-events';
import { EVENT_COLUMNS, type EventRow, toRecordedEvent } from './row-mapping';

interface AppendOutcomeRow {
  request_index: number;
  outcome: 'ok' | 'conflict' | 'deleted';
  actual_revision: string | null;
  next_revision: string | null;
  commit_position: string | null;
  prepare_position: string | null;
}

const expectedForSql = (expected: ExpectedRevision) =>
  typeof expected === 'bigint' ? { expected: 'revision', revision: expected.toString() } : { expected };

/** Reads a stream with its retention rules (truncate-before, max count, max age) applied, like EventStoreDB does. */
const READ_STREAM_SQL = (direction: 'forwards' | 'backwards', many = false) => `
SELECT s.stream_name AS name, s.revision::text AS stream_revision, s.is_deleted, s.is_tombstoned, ev.*
FROM streams s
LEFT JOIN LATERAL (
  SELECT ${EVENT_COLUMNS} FROM events e
  WHERE e.stream_name = s.stream_name
    AND e.revision >= GREATEST(COALESCE(s.truncate_before, 0), COALESCE(s.revision - s.max_count + 1, 0))
    AND (s.max_age IS NULL OR e.created_at >= now() - make_interval(secs => s.max_age))
    AND ($2::bigint IS NULL OR e.revision ${direction === 'forwards' ? '>=' : '<='} $2::bigint)
  ORDER BY e.revision ${direction === 'forwards' ? 'ASC' : 'DESC'} LIMIT $3
) ev ON true
WHERE ${many ? 's.stream_name = ANY($1::text[])' : 's.stream_name = $1'}
${many ? 'ORDER BY s.stream_name, ev.revision' : ''}`;

export class PostgreSqlEventStore implements EventStore {
  readonly kind = 'postgresql' as const;
  /** Wakes this process's subscriptions right after an append instead of at their next poll. */
  private readonly appended: EventEmitter;
  private readonly recent: RecentEvents;

  /** `recentEvents`: how many appended events' bodies to keep for this process's readers (see RecentEvents). */
  constructor(
    private readonly pool: pg.Pool,
    private readonly options: { pollIntervalMs: number; recentEvents?: number } = { pollIntervalMs: 100 },
    shared?: { readonly appended: EventEmitter; readonly recent: RecentEvents },
  ) {
    this.appended = shared?.appended ?? new EventEmitter().setMaxListeners(0);
    this.recent = shared?.recent ?? new RecentEvents(options.recentEvents);
  }

  /**
   * The same store on other connections: for a bulk writer (an import) that must not take the connections requests
   * need. Its appends wake this store's subscriptions and feed its readers as this store's own do. Closing this store
   * is enough; the pool is the caller's.
   */
  throughPool(pool: pg.Pool): PostgreSqlEventStore {
    return new PostgreSqlEventStore(pool, this.options, { appended: this.appended, recent: this.recent });
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    const [result] = await this.appendMany([request]);
    if (result instanceof Error) throw result;
    return result!;
  }

  async appendMany(
    requests: readonly AppendRequest[],
  ): Promise<Array<AppendResult | WrongExpectedRevisionError | StreamDeletedError>> {
    if (requests.length === 0) return [];
    const payload = requests.map((r) => ({
      stream: r.streamName,
      ...expectedForSql(r.expectedRevision),
      events: r.events,
    }));
    const { rows } = await this.pool.query<AppendOutcomeRow>('SELECT * FROM append_to_streams($1::jsonb)', [
      JSON.stringify(payload),
    ]);
    const results = new Array<AppendResult | WrongExpectedRevisionError | StreamDeletedError>(requests.length);
    const written: AppendedEvent[] = [];
    for (const row of rows) {
      const request = requests[row.request_index]!;
      const position = { commit: BigInt(row.commit_position ?? 0), prepare: BigInt(row.prepare_position ?? 0) };
      if (row.outcome === 'ok' && request.events.length > 0) {
        this.recent.remember(position.commit, request.events);
        for (const { type } of request.events) written.push({ streamName: request.streamName, type, position });
      }
      results[row.request_index] =
        row.outcome === 'ok'
          ? { nextRevision: BigInt(row.next_revision!), position }
          : row.outcome === 'deleted'
            ? new StreamDeletedError(request.streamName)
            : new WrongExpectedRevisionError(
                request.streamName,
                request.expectedRevision,
                row.actual_revision === null ? undefined : BigInt(row.actual_revision),
              );
    }
    this.appended.emit('appended', written);
    return results;
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    const { rows } = await this.pool.query<
      Partial<EventRow> & { stream_revision: string; is_deleted: boolean; is_tombstoned: boolean }
    >(READ_STREAM_SQL(direction), [streamName, options.fromRevision?.toString() ?? null, options.maxCount ?? null]);
    const stream = rows[0];
    if (stream?.is_tombstoned) throw new StreamDeletedError(streamName);
    if (!stream || stream.stream_revision === '-1' || stream.is_deleted) throw new StreamNotFoundError(streamName);
    return rows.filter((r) => r.event_id).map((r) => toRecordedEvent(r as EventRow));
  }

  async readStreams(streamNames: readonly string[]): Promise<Map<string, RecordedEvent[] | StreamDeletedError>> {
    const result = new Map<string, RecordedEvent[] | StreamDeletedError>(streamNames.map((name) => [name, []]));
    if (streamNames.length === 0) return result;
    const { rows } = await this.pool.query<
      Partial<EventRow> & { name: string; stream_revision: string; is_deleted: boolean; is_tombstoned: boolean }
    >(READ_STREAM_SQL('forwards', true), [streamNames, null, null]);
    for (const row of rows) {
      const events = result.get(row.name);
      if (row.is_tombstoned) result.set(row.name, new StreamDeletedError(row.name));
      else if (Array.isArray(events) && row.event_id && !row.is_deleted) events.push(toRecordedEvent(row as EventRow));
    }
    return result;
  }

  readAll(options: ReadAllOptions): Promise<LogPage> {
    return readLogPage(this.pool, options, this.recent);
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    return pollingSubscription((o) => this.readAll(o), this.appended, {
      ...options,
      pollIntervalMs: this.options.pollIntervalMs,
    });
  }

  headPosition(): Promise<GlobalPosition> {
    return readHead(this.pool);
  }

  async deleteStream(streamName: string, expectedRevision: ExpectedRevision = 'any'): Promise<void> {
    // EventStoreDB's soft delete: hide everything written so far; a later append makes the stream visible again.
    await this.changeStream(streamName, expectedRevision, 'is_deleted = true, truncate_before = revision + 1');
  }

  async tombstoneStream(streamName: string, expectedRevision: ExpectedRevision = 'any'): Promise<void> {
    await this.changeStream(streamName, expectedRevision, 'is_tombstoned = true');
  }

  async setStreamMetadata(streamName: string, metadata: StreamMetadata): Promise<void> {
    await this.pool.query(
      `INSERT INTO streams (stream_name, max_age, max_count, truncate_before, custom_metadata) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (stream_name) DO UPDATE SET max_age = $2, max_count = $3, truncate_before = $4, custom_metadata = $5`,
      [
        streamName,
        metadata.maxAge ?? null,
        metadata.maxCount ?? null,
        metadata.truncateBefore?.toString() ?? null,
        metadata.custom ?? null,
      ],
    );
  }

  async getStreamMetadata(streamName: string): Promise<StreamMetadata> {
    const { rows } = await this.pool.query<{
      max_age: number | null;
      max_count: number | null;
      truncate_before: string | null;
      custom_metadata: Record<string, unknown> | null;
    }>('SELECT max_age, max_count, truncate_before::text, custom_metadata FROM streams WHERE stream_name = $1', [
      streamName,
    ]);
    const row = rows[0];
    if (!row) return {};
    return {
      ...(row.max_age !== null && { maxAge: row.max_age }),
      ...(row.max_count !== null && { maxCount: row.max_count }),
      ...(row.truncate_before !== null && { truncateBefore: BigInt(row.truncate_before) }),
      ...(row.custom_metadata !== null && { custom: row.custom_metadata }),
    };
  }

  async close(): Promise<void> {
    this.appended.removeAllListeners();
  }

  private async changeStream(streamName: string, expected: ExpectedRevision, assignments: string): Promise<void> {
    await withTransaction(this.pool, async (client) => {
      await client.query('INSERT INTO streams (stream_name) VALUES ($1) ON CONFLICT DO NOTHING', [streamName]);
      const { rows } = await client.query<{ revision: string; is_deleted: boolean; is_tombstoned: boolean }>(
        'SELECT revision::text, is_deleted, is_tombstoned FROM streams WHERE stream_name = $1 FOR UPDATE',
        [streamName],
      );
      const stream = rows[0]!;
      if (stream.is_tombstoned) throw new StreamDeletedError(streamName);
      const exists = stream.revision !== '-1' && !stream.is_deleted;
      const actual = exists ? BigInt(stream.revision) : undefined;
      const accepted =
        expected === 'any' ||
        (expected === 'no_stream' ? !exists : expected === 'stream_exists' ? exists : actual === expected);
      if (!accepted) throw new WrongExpectedRevisionError(streamName, expected, actual);
      await client.query(`UPDATE streams SET ${assignments} WHERE stream_name = $1`, [streamName]);
    });
  }
}
