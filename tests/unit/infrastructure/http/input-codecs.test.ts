import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';
import { isInstant } from '../../../../domain/shared/dates';
import {
  boundedInt,
  boundedText,
  CalendarDate,
  Count,
  DateOrDateTime,
  DateTime,
  INT4_MAX,
  ListRange,
} from '../../../../infrastructure/http/input-codecs';
import { isStorableText } from '../../../../domain/shared/storable-text';
import { unstorableTextIn } from '../../../../infrastructure/http/storable-text';

const accepts = (codec: t.Decoder<unknown, unknown>, value: unknown) => E.isRight(codec.decode(value));

describe('dates: only days that exist, within 1900–2999', () => {
  test.each(['2026-12-01', '2028-02-29', '1900-01-01', '2999-12-31'])('%s is a date', (text) =>
    expect(accepts(CalendarDate, text)).toBe(true),
  );
  test.each([
    '1',
    '2026-02-30',
    '2027-02-29',
    '2026-13-01',
    '1899-12-31',
    '3000-01-01',
    '+275760-09-13',
    '2026-1-1',
    '',
  ])('%s is not', (text) => expect(accepts(CalendarDate, text)).toBe(false));
  test.each(['2026-12-01T10:00:00+09:00', '2026-12-01T01:00Z', '2026-12-01T23:59:59.999-14:00'])(
    '%s is a date-time',
    (text) => expect(accepts(DateTime, text)).toBe(true),
  );
  test.each([
    '2026-02-30T00:00:00Z', // JavaScript reads it as 2 March; PostgreSQL refuses it
    '2026-12-01T24:00:00Z',
    '2026-12-01T10:00:00', // no offset: which zone would it be?
    '2026-12-01T10:00:00+15:00',
    '1899-12-31T23:59:59Z',
    '2026-12-01',
  ])('%s is not', (text) => expect(accepts(DateTime, text)).toBe(false));
  test('the domain reads instants the same way, so an order entry never stores one PostgreSQL refuses', () => {
    expect(isInstant('2026-02-30T00:00:00Z')).toBe(false);
    expect(isInstant('2026-02-28T00:00:00Z')).toBe(true);
  });
  test('a filter bound is either', () => {
    expect(accepts(DateOrDateTime, '2026-12-01')).toBe(true);
    expect(accepts(DateOrDateTime, '2026-12-01T10:00+09:00')).toBe(true);
    expect(accepts(DateOrDateTime, '2026-02-30')).toBe(false);
  });
});

describe('whole numbers within int4 or tighter', () => {
  test('the bounds are in, one past them out, fractions and huge numbers out', () => {
    const box = boundedInt(1, 30);
    expect([0, 1, 30, 31, 1.5, 1e10].map((n) => accepts(box, n))).toEqual([false, true, true, false, false, false]);
    expect([0, INT4_MAX, INT4_MAX + 1, -1, 1e300].map((n) => accepts(Count, n))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
  test('a list range counts from 0 and does not run backwards', () => {
    expect(accepts(ListRange, [0, 24])).toBe(true);
    expect(accepts(ListRange, [5, 5])).toBe(true);
    for (const bad of [[-10, -1], [5, 4], [1e300, 1e300], [0, INT4_MAX + 1], [0.5, 3], [0]])
      expect(accepts(ListRange, bad)).toBe(false);
  });
});

describe('text of a stated length, counted as people count characters', () => {
  test('a kanji or an emoji is one character', () => {
    const three = boundedText(3);
    expect(accepts(three, '髙橋様')).toBe(true);
    expect(accepts(three, '👍👍👍')).toBe(true);
    expect(accepts(three, '👍👍👍👍')).toBe(false);
    expect(accepts(three, 'あ'.repeat(1_000_000))).toBe(false);
  });
});

describe('text PostgreSQL can store', () => {
  test('a NUL and an unpaired surrogate cannot be stored; a pair can', () => {
    expect(isStorableText('髙橋 👍')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('a\ud800b')).toBe(false);
    expect(isStorableText('a\udc00')).toBe(false);
    expect(isStorableText('\ud83d\udc4d')).toBe(true);
  });
  test('the first unstorable text of a JSON value is named by its path, keys included', () => {
    expect(unstorableTextIn({ a: [{ b: 'ok' }, { b: 'x\u0000' }], c: '\ud800' })).toBe('a.1.b');
    expect(unstorableTextIn({ ['k\u0000']: 1 })).toBe('k\u0000');
    expect(unstorableTextIn(JSON.parse('{"title":"\\ud800"}'), 'body')).toBe('body.title');
    expect(unstorableTextIn({ a: 1, b: [true, null, 'fine'] })).toBeUndefined();
  });
  test('a body nested deeper than the stack is walked all the same', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unstorableTextIn(deep)).toMatch(/^0(\.0)*$/);
  });
});
