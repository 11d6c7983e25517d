import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { DatabasePool } from 'slonik';
import {
  type Claim,
  claimKey,
  forgetOldKeys,
  recordAnswer,
  releaseKey,
  type RequestKey,
  type StoredAnswer,
} from './request-answers';

const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Visible ASCII, as long as a UUID and then some: what a client's name for a request may be. */
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;
/** Headers that belong to one exchange, not to the answer: a repeat gets its own. */
const NOT_REPLAYED = new Set([
  'set-cookie',
  'x-correlation-id',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'etag',
]);
const FORGET_EVERY_MS = 10 * 60_000;
/** How long a repeat waits for the answer of the first, still running, before it is told to come back. */
const WAIT_FOR_FIRST_MS = 10_000;
/**
 * Signing in, out and switching tenants change the session cookie, which a replayed answer cannot give back; done
 * twice they end the same, so they simply run again.
 */
const SESSION_ROUTES = /^\/session(\/|$)/;

export const IDEMPOTENCY_ERRORS = {
  invalid: {
    code: 'invalid_idempotency_key',
    ja: 'Idempotency-Key は1〜255文字の英数字・記号で指定してください',
    en: 'Idempotency-Key must be 1 to 255 visible ASCII characters',
    fields: [
      { path: 'Idempotency-Key', ja: 'Idempotency-Key の形式が正しくありません', en: 'invalid Idempotency-Key' },
    ],
  },
  otherRequest: {
    code: 'idempotency_key_reused',
    ja: 'この Idempotency-Key は別の内容の操作に使われています',
    en: 'this Idempotency-Key was used for a different request',
  },
  running: {
    code: 'idempotency_key_in_use',
    ja: '同じ操作をまだ処理しています。少し待ってからもう一度送ってください',
    en: 'the request with this Idempotency-Key is still being processed; send it again shortly',
  },
} as const;

/** What the request asks for: the same key sent with another method, URL or body is another request. */
function fingerprintOf(req: Request): string {
  // A JSON body is parsed by now; an upload's body is read later by its route, so only its URL counts.
  const body = req.body === undefined ? '' : JSON.stringify(req.body);
  return createHash('sha256').update(`${req.method} ${req.originalUrl}\n${body}`).digest('hex');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A repeat that arrives while the first is still running (a retry after a dropped connection) waits for its answer. */
async function claimOrWait(db: DatabasePool, requestKey: RequestKey, fingerprint: string) {
  const until = Date.now() + WAIT_FOR_FIRST_MS;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    const claim: Claim = await claimKey(db, requestKey, fingerprint);
    if (claim.kind !== 'running' || Date.now() >= until) return claim;
    await pause(delay);
  }
}

function replay(res: Response, answer: StoredAnswer): void {
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.setHeader('Idempotent-Replayed', 'true');
  res.status(answer.status).end(answer.body);
}

/**
 * Holds the answer until it is stored: a retry that arrives as soon as the first answer left gets the same answer, not
 * a second run. An answer of 5xx (our failure) is not kept: the key is let go and a retry runs the request again.
 */
function keepAnswer(db: DatabasePool, requestKey: RequestKey, res: Response): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  // A streamed answer (a PDF of documents) is not kept whole: its key is let go once it ends, and a retry runs again,
  // the command ids made from the key keeping every write to one.
  let streamed = false;
  res.write = ((...args: unknown[]) => {
    streamed = true;
    return write(...args);
  }) as Response['write'];
  res.end = ((...args: unknown[]) => {
    const [chunk, encoding] = args;
    const body =
      chunk === undefined || chunk === null || typeof chunk === 'function'
        ? Buffer.alloc(0)
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    const headers = Object.fromEntries(
      Object.entries(res.getHeaders())
        .filter(([name, value]) => !NOT_REPLAYED.has(name) && value !== undefined)
        .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)]),
    );
    const settled =
      res.statusCode >= 500 || streamed
        ? releaseKey(db, requestKey)
        : recordAnswer(db, requestKey, { status: res.statusCode, headers, body });
    settled
      .catch((error: unknown) => res.req.log.error({ err: error }, 'the answer to an Idempotency-Key was not stored'))
      .finally(() => end(...args));
    return res;
  }) as Response['end'];
}

/**
 * `Idempotency-Key` on every changing request of a signed-in user: the first request with a key runs and its answer
 * (status, headers, body) is kept for a day; the same request sent again gets that answer and runs nothing; the same
 * key with another method, URL or body is refused with 422. Keys are scoped to the tenant and the staff user. Requests
 * without a key, before sign-in or to the session routes pass through. The routes' commands also carry the key in their
 * command ids (`callerOf`), which keeps each write to one even when the stored answer is lost with a crashed process.
 */
export function idempotentRequests(db: DatabasePool): RequestHandler {
  let forgotAt = 0;
  return async (req, res, next) => {
    const key = req.headers['idempotency-key'];
    if (!CHANGING.has(req.method) || !req.principal || SESSION_ROUTES.test(req.path)) return next();
    if (typeof key !== 'string' || key === '') return next();
    if (!VALID_KEY.test(key)) return void res.status(400).json({ error: IDEMPOTENCY_ERRORS.invalid });
    if (Date.now() - forgotAt > FORGET_EVERY_MS) {
      forgotAt = Date.now();
      await forgetOldKeys(db);
    }
    const requestKey = { tenantId: req.principal.tenantId, staffUserId: req.principal.staffUserId, key };
    const claim = await claimOrWait(db, requestKey, fingerprintOf(req));
    switch (claim.kind) {
      case 'claimed':
        keepAnswer(db, requestKey, res);
        return next();
      case 'answered':
        return replay(res, claim.answer);
      case 'other-request':
        return void res.status(422).json({ error: IDEMPOTENCY_ERRORS.otherRequest });
      case 'running':
        res.setHeader('Retry-After', '1');
        return void res.status(409).json({ error: IDEMPOTENCY_ERRORS.running });
    }
  };
}
