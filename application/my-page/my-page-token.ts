import { createHmac, timingSafeEqual } from 'node:crypto';
import * as E from 'fp-ts/Either';
import { isUuid } from '../../domain/shared/ids';

/**
 * The token in {{マイページURL}}: it names one order of one tenant and when the link stops working, signed with
 * HMAC-SHA256 so nobody can make one for another order. Alone it does not open the page: the buyer also types the
 * order's phone number (phone-check.ts).
 *
 * Written `<key id>.<payload>.<signature>`, each part base64url, about 100 characters: the payload is binary (a
 * version byte, the two UUIDs as 16 bytes each, the expiry in milliseconds as 6 bytes) because mobile mail wraps
 * long lines and a broken link is a lost buyer. The signature covers the key id and the payload as written.
 *
 * Keys rotate: tokens are signed with the current key and those of the older keys still listed are accepted, so a
 * link mailed yesterday keeps working after a rotation. Dropping a key from the list revokes every link it signed.
 */
export interface MyPageKey {
  /** Short and URL-safe: it is written in every link. */
  readonly id: string;
  /** At least 32 random bytes. */
  readonly secret: Uint8Array;
}

export interface MyPageKeys {
  readonly current: MyPageKey;
  /** Older keys, still accepted, not used to sign. */
  readonly previous: readonly MyPageKey[];
}

export interface MyPageClaims {
  readonly tenantId: string;
  readonly orderId: string;
  readonly expiresAt: Date;
}

/** Why a token does not open the page; the page tells the buyer only that the link is invalid or has expired. */
export type MyPageTokenRefusal =
  | { readonly reason: 'malformed' }
  | { readonly reason: 'bad_signature' }
  | { readonly reason: 'expired'; readonly expiredAt: Date };

export interface VerifiedMyPageToken extends MyPageClaims {
  /** Which key signed it, so that a link signed by an old key can be noticed. */
  readonly keyId: string;
}

const VERSION = 1;
const PAYLOAD_BYTES = 1 + 16 + 16 + 6;
const SIGNATURE_BYTES = 32;
const MIN_SECRET_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
// Far longer than any token this module writes; anything longer is refused before work is done on it.
const MAX_TOKEN_LENGTH = 256;

const uuidBytes = (uuid: string): Buffer => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const uuidText = (bytes: Buffer): string =>
  bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

const signatureOf = (key: MyPageKey, signedText: string): Buffer =>
  createHmac('sha256', key.secret).update(signedText).digest();

/** Throws for what only a programming or configuration error produces: ids that are not UUIDs, a weak key. */
export function signMyPageToken(claims: MyPageClaims, keys: MyPageKeys): string {
  const { current } = keys;
  if (!KEY_ID.test(current.id)) throw new TypeError('A マイページ key id is 1 to 16 of A–Z, a–z, 0–9, _ and -');
  if (current.secret.length < MIN_SECRET_BYTES)
    throw new TypeError(`A マイページ key needs at least ${MIN_SECRET_BYTES} random bytes`);
  if (!isUuid(claims.tenantId) || !isUuid(claims.orderId)) throw new TypeError('マイページ ids are UUIDs');
  const expiresAtMs = claims.expiresAt.getTime();
  if (!Number.isSafeInteger(expiresAtMs) || expiresAtMs < 0 || expiresAtMs >= 2 ** 48)
    throw new TypeError('A マイページ link needs a valid expiry');

  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload.writeUInt8(VERSION, 0);
  uuidBytes(claims.tenantId).copy(payload, 1);
  uuidBytes(claims.orderId).copy(payload, 17);
  payload.writeUIntBE(expiresAtMs, 33, 6);

  const signedText = `${current.id}.${payload.toString('base64url')}`;
  return `${signedText}.${signatureOf(current, signedText).toString('base64url')}`;
}

/** Never throws: whatever arrives in the URL is answered with the claims or a refusal. */
export function verifyMyPageToken(
  token: unknown,
  keys: MyPageKeys,
  now: Date,
): E.Either<MyPageTokenRefusal, VerifiedMyPageToken> {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return E.left({ reason: 'malformed' });
  const parts = token.split('.');
  if (parts.length !== 3) return E.left({ reason: 'malformed' });
  const [keyId, payloadText, signatureText] = parts as [string, string, string];
  if (!KEY_ID.test(keyId) || !BASE64URL.test(payloadText) || !BASE64URL.test(signatureText))
    return E.left({ reason: 'malformed' });

  const key = [keys.current, ...keys.previous].find((candidate) => candidate.id === keyId);
  const given = Buffer.from(signatureText, 'base64url');
  if (!key || given.length !== SIGNATURE_BYTES) return E.left({ reason: 'bad_signature' });
  // Compared in constant time, so the time taken tells nothing about how much of a forged signature was right.
  if (!timingSafeEqual(given, signatureOf(key, `${keyId}.${payloadText}`))) return E.left({ reason: 'bad_signature' });

  // Signed by us, so well-formed unless a later version wrote it.
  const payload = Buffer.from(payloadText, 'base64url');
  if (payload.length !== PAYLOAD_BYTES || payload.readUInt8(0) !== VERSION) return E.left({ reason: 'malformed' });
  const expiresAt = new Date(payload.readUIntBE(33, 6));
  if (now.getTime() >= expiresAt.getTime()) return E.left({ reason: 'expired', expiredAt: expiresAt });
  return E.right({
    tenantId: uuidText(payload.subarray(1, 17)),
    orderId: uuidText(payload.subarray(17, 33)),
    expiresAt,
    keyId,
  });
}
