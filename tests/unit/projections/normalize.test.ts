import { normalizeForSearch as n } from '../../../projections/order-search/normalize';

describe('search normalisation', () => {
  test('half-width kana, katakana and hiragana become one', () => {
    expect(n('ﾀｶﾊｼ')).toBe('たかはし');
    expect(n('タカハシ')).toBe('たかはし');
    expect(n('たかはし')).toBe('たかはし');
    expect(n('ｶﾞｯｺｳ')).toBe(n('ガッコウ'));
  });

  test('the long vowel mark stays inside kana names, and spaces go', () => {
    expect(n('ラーメン 太郎')).toBe('らーめん太郎');
    expect(n('ｺｰﾋｰ')).toBe('こーひー');
    expect(n('髙橋　太郎')).toBe('高橋太郎');
  });

  test('phone numbers match with or without hyphens, in any width', () => {
    const expected = '09012345678';
    for (const phone of [
      '090-1234-5678',
      '09012345678',
      '０９０１２３４５６７８',
      '０９０－１２３４－５６７８',
      '090ー1234ー5678',
      '090‐1234−5678',
      '090 1234 5678',
    ]) {
      expect(n(phone)).toBe(expected);
    }
    expect(n('090-')).toBe('090');
    expect(n('-5678')).toBe('5678');
  });

  test('full-width letters are lower-cased half-width', () => {
    expect(n('ＴＡＲＯ＠Example.JP')).toBe('taro@example.jp');
  });

  test('CP932 characters: ①, ㈱, 髙 and both wave dashes', () => {
    expect(n('メゾン①～201号')).toBe('めぞん1~201号');
    expect(n('㈱髙島商店')).toBe('(株)高島商店');
    expect(n('（株）高島商店')).toBe(n('㈱髙島商店'));
    expect(n('14:00〜16:00')).toBe(n('14:00～16:00'));
  });
});
