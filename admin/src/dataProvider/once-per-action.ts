/**
 * The one way the admin sends a change. A user's action (a click on 保存, 一括で進める, 取り込む) sends its request with
 * an `Idempotency-Key` made when the action starts; when the connection fails the request is sent again with the same
 * key, and the server, having perhaps carried out the first, answers the retry with the first answer instead of doing
 * it twice. The next click is another action with another key. Reads are sent as they are.
 */
const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Pauses before the second and third attempt: a dropped connection or a restarting server, not a long outage. */
const RETRY_DELAYS_MS = [500, 1500];

/** A request that got no answer (XMLHttpRequest's `error`); `fetch` says the same with a TypeError. */
export class NetworkFailure extends Error {}

const isNetworkFailure = (error: unknown) => error instanceof TypeError || error instanceof NetworkFailure;

/** A fresh key; `crypto.randomUUID` exists only on HTTPS or localhost, so a shop's LAN address gets random hex. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function oncePerAction<T>(
  method: string | undefined,
  send: (headers: Readonly<Record<string, string>>) => Promise<T>,
): Promise<T> {
  if (!CHANGING.has((method ?? 'GET').toUpperCase())) return send({});
  const headers = { 'Idempotency-Key': newIdempotencyKey() };
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(headers);
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (!isNetworkFailure(error) || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** `init.headers` with the action's headers added. */
export function withHeaders(headers: HeadersInit | undefined, added: Readonly<Record<string, string>>): Headers {
  const merged = new Headers(headers);
  for (const [name, value] of Object.entries(added)) merged.set(name, value);
  return merged;
}

/** `fetch` as one user action. */
export const fetchOnce = (url: string, init: RequestInit = {}): Promise<Response> =>
  oncePerAction(init.method, (added) => fetch(url, { ...init, headers: withHeaders(init.headers, added) }));
