/**
 * Text as rules compare it: NFKC folds full-width letters and digits and half-width kana into one form (「ＬＦ－０１」,
 * 「LF-01」; 「ﾉｼ」, 「ノシ」), and case is ignored, because buyers and malls write the same words every way.
 */
export const normalizeText = (text: string): string => text.normalize('NFKC').toLowerCase();

export const containsText = (haystack: string, needle: string): boolean =>
  normalizeText(haystack).includes(normalizeText(needle));

export const sameText = (a: string, b: string): boolean => normalizeText(a) === normalizeText(b);

/** A postal code as seven digits (「〒５３０－０００１」 → 5300001), or null when it is not one. */
export const postalDigits = (code: string): string | null => {
  const digits = code.normalize('NFKC').replace(/[^0-9]/g, '');
  return digits.length === 7 ? digits : null;
};
