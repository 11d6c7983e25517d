import { type DomainError, domainError } from '../shared/decider';

/** 登録番号 as written by people: full-width (Ｔ１２…) and surrounding spaces are the same number. Empty is none. */
export const normalizeRegistrationNumber = (text: string): string | null => text.normalize('NFKC').trim() || null;

const REGISTRATION_NUMBER = /^T\d{13}$/;

export const INVALID_REGISTRATION_NUMBER = domainError(
  'shop.invalid_registration_number',
  '登録番号は T と13桁の数字です(例: T1234567890123)',
  'a registration number is T and 13 digits (T1234567890123)',
);

/** The number as stored (null: none), or why it is refused. */
export const registrationNumberProblem = (normalized: string | null): DomainError | undefined =>
  normalized === null || REGISTRATION_NUMBER.test(normalized) ? undefined : INVALID_REGISTRATION_NUMBER;

export interface Warning {
  readonly code: string;
  readonly ja: string;
  readonly en: string;
}

/**
 * The 法人番号 check digit (its first digit): 9 − (Σ Pn × Qn mod 9) over the other 12 digits, Pn the n-th digit from
 * the right, Qn 1 for odd n and 2 for even n.
 */
export const corporateCheckDigit = (base12: string): number => {
  const digits = [...base12].reverse().map(Number);
  const sum = digits.reduce((total, digit, i) => total + digit * ((i + 1) % 2 === 1 ? 1 : 2), 0);
  return 9 - (sum % 9);
};

/**
 * A warning, never a refusal, when the check digit does not hold: a sole proprietor's number need not follow the
 * 法人番号 scheme. Undefined for a number that holds, for none, and for what is not T and 13 digits (refused anyway).
 */
export function registrationNumberWarning(number: string | null): Warning | undefined {
  if (number === null || !REGISTRATION_NUMBER.test(number)) return undefined;
  if (corporateCheckDigit(number.slice(2)) === Number(number[1])) return undefined;
  return {
    code: 'shop.registration_number_check_digit',
    ja: `登録番号 ${number} は法人番号のチェックデジットと一致しません。個人事業者の番号でなければ、入力をご確認ください`,
    en: `the registration number ${number} does not pass the corporate-number check digit; unless it is a sole proprietor's, check it`,
  };
}
