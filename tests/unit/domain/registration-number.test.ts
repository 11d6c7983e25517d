import {
  corporateCheckDigit,
  normalizeRegistrationNumber,
  registrationNumberWarning,
} from '../../../domain/documents/registration-number';

describe('登録番号', () => {
  test('the check digit of the reference example', () => expect(corporateCheckDigit('123456789012')).toBe(7));

  test('full-width and surrounding spaces are the same number; blank is none', () => {
    expect(normalizeRegistrationNumber(' Ｔ７１２３４５６７８９０１２　')).toBe('T7123456789012');
    expect(normalizeRegistrationNumber('　')).toBeNull();
  });

  test('a number whose check digit holds has no warning; one that does not has one in both languages', () => {
    expect(registrationNumberWarning('T7123456789012')).toBeUndefined();
    expect(registrationNumberWarning(null)).toBeUndefined();
    expect(registrationNumberWarning('T8123456789012')).toEqual(
      expect.objectContaining({
        code: 'shop.registration_number_check_digit',
        ja: expect.stringContaining('チェックデジット'),
        en: expect.stringContaining('check digit'),
      }),
    );
  });

  test('a check digit of 9 (sum divisible by 9) holds', () => {
    // 000000000009: P1 = 9, Q1 = 1 → 9 mod 9 = 0 → 9.
    expect(corporateCheckDigit('000000000009')).toBe(9);
    expect(registrationNumberWarning('T9000000000009')).toBeUndefined();
  });
});
