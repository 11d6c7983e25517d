import { fetchUtils, HttpError } from 'react-admin';
import { oncePerAction, withHeaders } from './once-per-action';

interface ApiErrorBody {
  readonly error?: {
    readonly ja?: string;
    readonly fields?: ReadonlyArray<{ readonly path: string; readonly ja: string }>;
  };
}

/**
 * ra-data-simple-rest's fetch, each call one user action (an Idempotency-Key on a change, retried with it when the
 * connection drops), with the API's own reason as the message (「処理ルート名「…」は既に使われています」 instead of
 * "Conflict") and its field problems as `errors`, which react-admin shows under the form's inputs.
 */
export const httpClient = (url: string, options: fetchUtils.Options = {}) =>
  oncePerAction(options.method, (added) =>
    fetchUtils.fetchJson(url, {
      ...options,
      headers: withHeaders(options.headers ?? { Accept: 'application/json' }, added),
    }),
  ).catch((error: unknown) => {
    const body = error instanceof HttpError ? (error.body as ApiErrorBody | undefined) : undefined;
    if (!(error instanceof HttpError) || !body?.error?.ja) throw error;
    const errors = Object.fromEntries((body.error.fields ?? []).map((f) => [f.path, f.ja]));
    throw new HttpError(body.error.ja, error.status, { ...body, errors });
  });
