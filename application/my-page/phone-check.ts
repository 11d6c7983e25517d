import { normalisePhone } from '../../domain/customer/identity';

/**
 * The second half of signing in to the マイページ: the link (my-page-token.ts) names the order, and the buyer types the
 * phone number given when ordering. Only the orderer's phone counts, not a destination's: the page shows the order's
 * amounts, and a gift's recipient knows their own number but must not see what the gift cost.
 *
 * Buyers type numbers every way: ０９０－１２３４－５６７８, 090 1234 5678, (03)1234-5678, +81 90-1234-5678,
 * +81 (0)90-1234-5678. Both sides are folded as the customer register folds them (normalisePhone: full-width forms,
 * dashes, spaces, brackets), the country code +81 becomes the trunk 0, and the digits must then be equal.
 * Too many wrong tries are the HTTP layer's to slow down, as for staff sign-in.
 */

// Shorter than any Japanese number (10 digits for a landline, 11 for a mobile): an order with a phone this short (or
// none) can never be opened by a guess of a few digits, or by an empty field against an empty phone.
const MIN_DIGITS = 10;
// Longer input is not a phone number; refusing it early keeps NFKC from folding a megabyte.
const MAX_TYPED_LENGTH = 40;

/** The digits a phone number is compared by, or undefined when the text is not a phone number. */
export function comparablePhone(text: string): string | undefined {
  if (text.length > MAX_TYPED_LENGTH) return undefined;
  const folded = normalisePhone(text);
  const national = folded.startsWith('+81') ? `0${folded.slice(3).replace(/^0/, '')}` : folded.replace(/^\+/, '');
  return /^\d+$/.test(national) && national.length >= MIN_DIGITS ? national : undefined;
}

export function phoneMatchesOrderer(typed: string, ordererPhone: string): boolean {
  const expected = comparablePhone(ordererPhone);
  return expected !== undefined && comparablePhone(typed) === expected;
}
