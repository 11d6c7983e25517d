import type { PaymentMethod } from '../../domain/shared/payment-method';

// Every dash a file may use between words (セブン-イレブン, セブン‐イレブン, セブン－イレブン, セブン・イレブン), and the long vowel
// mark, which files write as ー, ｰ, - or leave out (Pay-easy, ペイジー): dropped on both sides, so the spellings meet.
const DASHES_AND_LONG_VOWELS = /[-‐‑‒–—―−﹣－ーｰ・･]/g;
const SPACES = /\s/g;
// 「（前払）」「(一括払い)」「【NP後払い】」: a qualifier in brackets after the name of the method.
const BRACKETED = /[(（［[【〔「『<＜〈《][^)）］\]】〕」』>＞〉》]*[)）］\]】〕」』>＞〉》]/g;
const BRACKETS = /[()（）［\]【】〔〕「」『』<>＜＞〈〉《》]/g;

const plain = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(DASHES_AND_LONG_VOWELS, '').replace(SPACES, '');

/**
 * A payment wording as the mapping compares it: NFKC, lower case, no dashes, long vowel marks or spaces, and without
 * what is in brackets when that is a qualifier of a name outside them (「セブン-イレブン（前払）」 is セブンイレブン). When the
 * brackets hold the whole wording (「（代金引換）」), their text is the name and stays.
 */
export function normalizePaymentWording(text: string): string {
  const unqualified = plain(text.normalize('NFKC').replace(BRACKETED, ''));
  return unqualified !== '' ? unqualified : plain(text.normalize('NFKC').replace(BRACKETS, ''));
}

/** The same wording with the brackets dropped but their text kept: 「前払い（銀行振込）」 names its method in them. */
const withBracketedText = (text: string) => plain(text.normalize('NFKC').replace(BRACKETS, ''));

type Wordings = Readonly<Record<string, PaymentMethod>>;
const normalizedWordings = new WeakMap<Wordings, ReadonlyArray<readonly [string, PaymentMethod]>>();

const normalizedOf = (wordings: Wordings) => {
  let entries = normalizedWordings.get(wordings);
  if (!entries) {
    entries = Object.entries(wordings)
      .map(([wording, method]) => [normalizePaymentWording(wording), method] as const)
      .filter(([wording]) => wording !== '');
    normalizedWordings.set(wordings, entries);
  }
  return entries;
};

/**
 * The kind of payment a file's wording names, by a mapping from wordings to kinds; both sides normalised alike. The
 * whole wording first, then a listed wording inside it (malls decorate: 「クレジットカード決済（一括払い）」), in the
 * mapping's order, then the same inside the brackets' text; `other` when none matches.
 */
export function paymentMethodOf(text: string, wordings: Wordings): PaymentMethod {
  const entries = normalizedOf(wordings);
  const wording = normalizePaymentWording(text);
  if (wording === '') return 'other';
  const exact = entries.find(([listed]) => listed === wording);
  if (exact) return exact[1];
  const inside = entries.find(([listed]) => wording.includes(listed));
  if (inside) return inside[1];
  const full = withBracketedText(text);
  return entries.find(([listed]) => full.includes(listed))?.[1] ?? 'other';
}
