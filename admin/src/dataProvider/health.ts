import type { ProjectionStatus } from '../projections/types';

/** What `GET /api/health` answers; without a database it answers 503 with only `status`, `database` and `eventStore.kind`. */
export interface Health {
  readonly status: 'ok' | 'catching_up' | 'unavailable';
  readonly database: { readonly reachable: boolean };
  readonly eventStore: { readonly kind: 'postgresql' | 'eventstoredb'; readonly head?: string };
  readonly projections?: readonly ProjectionStatus[];
}

export async function fetchHealth(): Promise<Health> {
  const response = await fetch('/api/health', { headers: { Accept: 'application/json' } });
  // A 503 still carries the report: an unreachable database is what the dashboard has to show.
  if (!response.ok && response.status !== 503) throw new Error(`GET /api/health: HTTP ${response.status}`);
  return (await response.json()) as Health;
}
