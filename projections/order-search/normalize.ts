// Malls send the same name or number in many spellings (half-width kana, full-width digits, CP932 variants), and staff
// type yet another. Text is stored and queried in one normalised form, so every spelling finds every other.
import { foldKanjiVariants } from '../../domain/shared/kanji-variants';

// After NFKC: hyphen-minus, hyphens, dashes, minus and the long vowel mark that people type in phone numbers.
const DASH = '[-\\u2010-\\u2015\\u2212\\u30fc]';
const BETWEEN_DIGITS = new RegExp(`(?<=\\d)${DASH}+(?=\\d)`, 'g');
// A query cut off at a hyphen ("090-") must still match; ー is left alone, since at an edge it belongs to a word.
const EDGE_BY_DIGIT = /^[-\u2010-\u2015\u2212]+(?=\d)|(?<=\d)[-\u2010-\u2015\u2212]+$/g;

const toHiragana = (text: string): string =>
  text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

export const normalizeForSearch = (text: string): string =>
  foldKanjiVariants(toHiragana(text.normalize('NFKC')))
    .replace(/\u301c/g, '~')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(BETWEEN_DIGITS, '')
    .replace(EDGE_BY_DIGIT, '');
