import { fetchOnce } from './once-per-action';

/** The order commands and views that are not plain resources: they go straight to the API. */
export interface TimelineEntry {
  readonly revision: number;
  readonly type: string;
  readonly at: string;
  readonly actor: string;
  readonly actorName: string | null;
  readonly data: Record<string, unknown>;
  /** The automation rule that made the change, if one did. */
  readonly rule?: { readonly id: string; readonly name: string } | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: { ja?: string; en?: string; code?: string } },
  ) {
    super(body.error?.ja ?? `HTTP ${status}`);
  }
}

export async function send<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetchOnce(`/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...init?.headers },
  });
  const body = (await response.json().catch(() => ({}))) as T & { error?: { ja?: string } };
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export const orderApi = {
  command: (id: string, name: string, body: Record<string, unknown> = {}) =>
    send<Record<string, unknown>>(`/orders/${id}/commands/${name}`, { method: 'POST', body: JSON.stringify(body) }),
  bulk: (ids: readonly string[], name: string, body: Record<string, unknown> = {}) =>
    send<{ succeeded: number; failed: number }>(`/orders/commands/${name}`, {
      method: 'POST',
      body: JSON.stringify({ ids, ...body }),
    }),
  timeline: (id: string) => send<TimelineEntry[]>(`/orders/${id}/timeline`),
  statusCounts: (filter: Record<string, unknown>) =>
    send<Record<string, number>>(`/order-status-counts?filter=${encodeURIComponent(JSON.stringify(filter))}`),
};
