import type { Carrier } from '../../../domain/shared/carrier';
import { normaliseTrackingNumber, TRACKING_NUMBER } from '../../../domain/shipment/tracking-number';

export interface NumberProblem {
  readonly ja: string;
  readonly en: string;
}

/**
 * ヤマト, 佐川 and 日本郵便 number their parcels with 12 digits whose last is the first 11 read as a number, mod 7
 * ("7DR"; TakamoriYamashiro/shipping-jp-js README, nayutaya/packtrack jppost tracking_number.py). Checked against their
 * published samples 444413758703 (ヤマト), 512547514334 (佐川) and 405548424886 (日本郵便), and the ゆうプリR 発送履歴
 * sample 193715301010 in the reference.
 */
export const mod7CheckDigitHolds = (digits: string): boolean =>
  /^\d{12}$/.test(digits) && BigInt(digits.slice(0, 11)) % 7n === BigInt(digits[11]!);

const TWELVE_DIGITS: NumberProblem = { ja: '伝票番号は12桁の数字です', en: 'the tracking number has 12 digits' };
const CHECK_DIGIT: NumberProblem = {
  ja: '伝票番号のチェックデジットが合いません（読み違いか入力違いです）',
  en: 'the tracking number check digit does not match (a misread or mistyped number)',
};
const MALFORMED: NumberProblem = {
  ja: '伝票番号は英数字8〜30文字です',
  en: 'a tracking number is 8 to 30 letters and digits',
};

// Japan Post's international numbers (EMS, 国際eパケット) are UPU S10: two letters, nine digits, two letters.
const S10 = /^[A-Z]{2}\d{9}[A-Z]{2}$/;

/** A problem with a number already normalised (normaliseTrackingNumber), or null when the carrier would accept it. */
export function trackingNumberProblem(carrier: Carrier, trackingNumber: string): NumberProblem | null {
  if (carrier === 'yamato' || carrier === 'sagawa' || (carrier === 'japanpost' && !S10.test(trackingNumber))) {
    if (!/^\d{12}$/.test(trackingNumber)) return TWELVE_DIGITS;
    return mod7CheckDigitHolds(trackingNumber) ? null : CHECK_DIGIT;
  }
  // 西濃 and 福山 publish no check digit; their numbers are 10–13 digits in practice, so only the shape is checked.
  return TRACKING_NUMBER.test(trackingNumber) ? null : MALFORMED;
}

export { normaliseTrackingNumber };
