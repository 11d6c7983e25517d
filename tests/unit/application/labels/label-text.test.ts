import { splitAddress } from '../../../../application/labels/address-lines';
import { displayWidth, notEncodable, takeWidth, toCp932Twins } from '../../../../application/labels/cp932-text';
import { timeSlotOf } from '../../../../application/labels/time-slot';

describe('widths as carriers count them', () => {
  test('half-width (ASCII, ｶﾅ) is 1, full-width (漢字, ①, ㈱, 髙, ～) is 2', () => {
    expect(displayWidth('abc 123')).toBe(7);
    expect(displayWidth('ﾀｶﾊｼ')).toBe(4);
    expect(displayWidth('髙橋①㈱～')).toBe(10);
  });

  test('characters CP932 has not are found once each; their twins are mapped first', () => {
    expect(notEncodable('𠮷田𠮷 😀')).toEqual(['𠮷', '😀']);
    expect(notEncodable(toCp932Twins('1〜2−3\u00a0'))).toEqual([]);
    expect(toCp932Twins('1〜2\n3')).toBe('1～2 3');
  });

  test('takeWidth never splits a character', () => {
    expect(takeWidth('aあい', 4)).toEqual(['aあ', 'い']);
    expect(takeWidth('𠮷a', 1)).toEqual(['', '𠮷a']);
  });
});

describe('address lines', () => {
  test('the building starts its own line when one is free', () => {
    expect(splitAddress('東京都', 'ビル', [10, 10, 10])).toEqual(['東京都', 'ビル', '']);
  });
  test('an overflowing address continues, and the building follows it', () => {
    expect(splitAddress('あいうえおか', 'B', [6, 20])).toEqual(['あいう', 'えおか B']);
  });
  test('what does not fit stays whole in the last line', () => {
    expect(splitAddress('あいうえお', '', [4, 2])).toEqual(['あい', 'うえお']);
  });
});

describe('delivery time wishes', () => {
  test.each([
    ['午前中', 'am'],
    ['午前', 'am'],
    ['08:00-12:00', 'am'],
    ['14-16', '14-16'],
    ['14:00-16:00', '14-16'],
    ['１４時～１６時', '14-16'],
    ['1416', '14-16'],
    ['19-21', '19-21'],
    ['19時-21時', '19-21'],
    ['指定なし', null],
    ['', null],
    [null, null],
    ['夜', 'unknown'],
    ['13-15', 'unknown'],
  ])('%p → %p', (wish, slot) => {
    expect(timeSlotOf(wish)).toBe(slot);
  });
});
