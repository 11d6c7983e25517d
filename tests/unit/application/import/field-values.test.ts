import { parseDate, parseDiscount, parseInstant } from '../../../../application/import/field-values';

const instant = (text: string, formats: readonly string[] = []) => {
  const parsed = parseInstant(text, formats);
  return parsed.ok ? parsed.value : `unreadable: ${parsed.en}`;
};
const date = (text: string, formats: readonly string[] = []) => {
  const parsed = parseDate(text, formats);
  return parsed.ok ? parsed.value : `unreadable: ${parsed.en}`;
};

describe('order times in the layouts malls write', () => {
  it.each([
    ['2026-11-30 09:15:00', '2026-11-30T09:15:00+09:00'],
    ['2026/11/30 09:15:07', '2026-11-30T09:15:07+09:00'],
    ['2026/1/5 9:15', '2026-01-05T09:15:00+09:00'],
    ['20261130091500', '2026-11-30T09:15:00+09:00'],
    ['2026年11月30日 9:15', '2026-11-30T09:15:00+09:00'],
    ['２０２６／１１／３０　２３：５９：５９', '2026-11-30T23:59:59+09:00'],
    ['2026-11-30', '2026-11-30T00:00:00+09:00'],
    ['2026-11-30T09:15:00+09:00', '2026-11-30T09:15:00+09:00'],
    ['2026-11-30T00:15:00Z', '2026-11-30T00:15:00Z'],
  ])('%s is %s in Tokyo', (text, expected) => {
    expect(instant(text)).toBe(expected);
  });

  it.each([
    '2026/02/30 10:00',
    '2026/13/01',
    '2026/11/30 24:00',
    '2026/11/30 10:60',
    '30/11/2026',
    '令和8年11月30日',
    '',
  ])('%s is not read as a time', (text) => {
    expect(instant(text)).toMatch(/^unreadable/);
  });

  it("reads a mapping's own format before the usual ones, so a day-first file is not taken for year/month/day", () => {
    expect(instant('2026/05/11 10:00', ['yyyy/dd/MM HH:mm'])).toBe('2026-11-05T10:00:00+09:00');
    expect(instant('2026年11月30日 9時5分', ['yyyy年M月d日 H時m分'])).toBe('2026-11-30T09:05:00+09:00');
  });
});

describe('desired delivery dates', () => {
  it.each([
    ['2026/12/03', '2026-12-03'],
    ['20261203', '2026-12-03'],
    ['2026年12月3日', '2026-12-03'],
    ['指定なし', null],
    ['', null],
  ])('%s is %s', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it('refuses a day the calendar does not have', () => {
    expect(date('2026/11/31')).toMatch(/^unreadable/);
  });
});

describe('discounts however the file signs them', () => {
  it.each([
    ['-500', 500],
    ['500', 500],
    ['－１，２００', 1200],
    ['', 0],
  ])('%s is %d yen off', (text, expected) => {
    expect(parseDiscount(text)).toEqual({ ok: true, value: expected });
  });

  it('still refuses what is not whole yen', () => {
    expect(parseDiscount('-12.5')).toMatchObject({ ok: false });
  });
});
