import fc from 'fast-check';
import * as E from 'fp-ts/Either';
import {
  signMyPageToken,
  verifyMyPageToken,
  type MyPageKey,
  type MyPageKeys,
} from '../../../../application/my-page/my-page-token';

const key = (id: string, fill: number): MyPageKey => ({ id, secret: Buffer.alloc(32, fill) });
const KEY_2026 = key('k2026', 1);
const KEY_2027 = key('k2027', 2);
const ONLY_2026: MyPageKeys = { current: KEY_2026, previous: [] };

const claims = {
  tenantId: '0f6f5b2e-5d1e-4b7a-9a53-6a2f4c1e8b90',
  orderId: 'a3b1c2d4-0000-5abc-8def-123456789abc',
  expiresAt: new Date('2026-12-31T15:00:00.123Z'),
};
const BEFORE_EXPIRY = new Date('2026-12-10T00:00:00Z');

const refusal = (result: ReturnType<typeof verifyMyPageToken>) => (E.isLeft(result) ? result.left.reason : 'accepted');

describe('the マイページ link token', () => {
  test('a token signed with the current key gives back its tenant, order and expiry, and is short and URL-safe', () => {
    const token = signMyPageToken(claims, ONLY_2026);
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(token.length).toBeLessThan(110);
    expect(verifyMyPageToken(token, ONLY_2026, BEFORE_EXPIRY)).toEqual(E.right({ ...claims, keyId: 'k2026' }));
  });

  test("a token for another order cannot be made from one's own: a changed payload fails the signature", () => {
    const [keyId, , signature] = signMyPageToken(claims, ONLY_2026).split('.');
    const otherPayload = signMyPageToken(
      { ...claims, orderId: 'b3b1c2d4-0000-5abc-8def-123456789abc' },
      ONLY_2026,
    ).split('.')[1];
    expect(refusal(verifyMyPageToken(`${keyId}.${otherPayload}.${signature}`, ONLY_2026, BEFORE_EXPIRY))).toBe(
      'bad_signature',
    );
  });

  test('every single changed character is refused', () => {
    const token = signMyPageToken(claims, ONLY_2026);
    for (let at = 0; at < token.length; at++) {
      if (token[at] === '.') continue;
      const changed = `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
      expect(refusal(verifyMyPageToken(changed, ONLY_2026, BEFORE_EXPIRY))).not.toBe('accepted');
    }
  });

  test('a token signed with a key of the same id but another secret fails the signature', () => {
    const forged = signMyPageToken(claims, { current: key('k2026', 9), previous: [] });
    expect(refusal(verifyMyPageToken(forged, ONLY_2026, BEFORE_EXPIRY))).toBe('bad_signature');
  });

  test('after a rotation, links signed by the older key still open while it is listed, and stop once it is dropped', () => {
    const oldLink = signMyPageToken(claims, ONLY_2026);
    const rotated: MyPageKeys = { current: KEY_2027, previous: [KEY_2026] };
    expect(verifyMyPageToken(oldLink, rotated, BEFORE_EXPIRY)).toEqual(E.right({ ...claims, keyId: 'k2026' }));
    expect(signMyPageToken(claims, rotated).startsWith('k2027.')).toBe(true);
    expect(refusal(verifyMyPageToken(oldLink, { current: KEY_2027, previous: [] }, BEFORE_EXPIRY))).toBe(
      'bad_signature',
    );
  });

  test('a token opens until the millisecond before its expiry and is refused as expired from then on', () => {
    const token = signMyPageToken(claims, ONLY_2026);
    const at = claims.expiresAt.getTime();
    expect(refusal(verifyMyPageToken(token, ONLY_2026, new Date(at - 1)))).toBe('accepted');
    expect(verifyMyPageToken(token, ONLY_2026, new Date(at))).toEqual(
      E.left({ reason: 'expired', expiredAt: claims.expiresAt }),
    );
  });

  test('a forged token is refused for its signature, never said to be expired', () => {
    const forged = signMyPageToken(claims, { current: key('k2026', 9), previous: [] });
    expect(refusal(verifyMyPageToken(forged, ONLY_2026, new Date('2030-01-01T00:00:00Z')))).toBe('bad_signature');
  });

  test.each([
    ['', 'malformed'],
    ['k2026', 'malformed'],
    ['k2026..', 'malformed'],
    ['a.b.c.d', 'malformed'],
    ['k2026.@@@.abc', 'malformed'],
    ['k2026.AAAA.AAAA', 'bad_signature'],
    ['unknown.AAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'bad_signature'],
    ['k2026.AAAA.' + 'A'.repeat(300), 'malformed'],
  ])('%j is refused as %s', (token, reason) =>
    expect(refusal(verifyMyPageToken(token, ONLY_2026, BEFORE_EXPIRY))).toBe(reason),
  );

  test('garbage never throws: any value, any string, any mangled token is answered with a refusal', () => {
    const token = signMyPageToken(claims, ONLY_2026);
    const mangled = fc
      .tuple(fc.nat({ max: token.length }), fc.nat({ max: token.length }), fc.string({ unit: 'binary' }))
      .map(
        ([from, to, inserted]) => `${token.slice(0, Math.min(from, to))}${inserted}${token.slice(Math.max(from, to))}`,
      );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'binary' }), mangled), (value) => {
        const result = verifyMyPageToken(value, ONLY_2026, BEFORE_EXPIRY);
        expect(E.isLeft(result) || value === token).toBe(true);
      }),
      { seed: 15, numRuns: 500 },
    );
  });

  test('signing refuses a weak key, a key id that would break the link, ids that are not UUIDs and a bad expiry', () => {
    expect(() => signMyPageToken(claims, { current: { id: 'k', secret: Buffer.alloc(16, 1) }, previous: [] })).toThrow(
      TypeError,
    );
    expect(() => signMyPageToken(claims, { current: key('k.1', 1), previous: [] })).toThrow(TypeError);
    expect(() => signMyPageToken({ ...claims, orderId: '12345' }, ONLY_2026)).toThrow(TypeError);
    expect(() => signMyPageToken({ ...claims, expiresAt: new Date(Number.NaN) }, ONLY_2026)).toThrow(TypeError);
  });
});
