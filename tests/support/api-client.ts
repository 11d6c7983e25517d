/** Talking to the product as the admin does: signing in, JSON calls with the session cookie, list queries. */
import type { ServerProcess } from './server-process';

/** A running product, in-process (in-process-app.ts) or as a child process (server-process.ts). */
type Server = Pick<ServerProcess, 'url' | 'output'>;

/** The session cookie; a refused sign-in fails the set-up with the answer and what the server printed. */
export async function signIn(server: Server, tenant: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant, username, password }),
  });
  if (response.status !== 200) {
    throw new Error(
      `sign-in as ${tenant}/${username}: HTTP ${response.status} ${await response.text()}\n--- server output ---\n${server.output()}`,
    );
  }
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

export interface ApiResponse {
  readonly status: number;
  readonly range: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the endpoint answers
  readonly body: any;
}

/** `call(method, path, cookie, body)` against `/api`; a body that is not JSON (a CSV, an empty 204) reads as null. */
export const apiCaller =
  (server: Server) =>
  async (
    method: string,
    path: string,
    cookie: string | undefined,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse> => {
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: { ...(cookie && { cookie }), 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      range: response.headers.get('content-range'),
      body: await response.json().catch(() => null),
    };
  };

/** ra-data-simple-rest's query string: each parameter as JSON. */
export const listQuery = (params: Record<string, unknown>): string =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(JSON.stringify(value))}`)
    .join('&');
