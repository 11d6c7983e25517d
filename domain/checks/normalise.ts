/**
 * Text as the checks compare it. Buyers type full-width digits, 〒, every hyphen the keyboard offers and spaces of both
 * widths; NFKC folds the widths, and the rest is folded here. The order keeps what the buyer wrote.
 */
const HYPHENS = /[-‐‑‒–—―−－ー─━ｰ]/g;
const SPACES = /\s/g;

export const nfkc = (text: string): string => text.normalize('NFKC');

/** NFKC without spaces, ヶ/ヵ read as ケ (鎌ケ谷市 is written 鎌ヶ谷市 as often as not). */
export const compactText = (text: string): string =>
  nfkc(text)
    .replace(SPACES, '')
    .replace(/[ヶヵ]/g, 'ケ');

/** The 7 digits of a postal code written 〒５３０－０００１, 530ー0001 or 5300001; undefined when it is not 7 digits. */
export const postalDigits = (written: string): string | undefined => {
  const digits = nfkc(written).replace(/〒/g, '').replace(SPACES, '').replace(HYPHENS, '');
  return /^\d{7}$/.test(digits) ? digits : undefined;
};

export const formatPostal = (digits7: string): string => `${digits7.slice(0, 3)}-${digits7.slice(3)}`;

export const phoneDigits = (written: string): string => nfkc(written).replace(/\D/g, '');

/** An address to compare whole: NFKC, no spaces, one hyphen. */
export const compactAddress = (written: string): string => compactText(written).replace(HYPHENS, '-');

// prettier-ignore
export const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県',
  '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県',
  '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県',
  '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
] as const;

/** The prefecture an address begins with, if it begins with one. */
export const leadingPrefecture = (compact: string): string | undefined =>
  PREFECTURES.find((p) => compact.startsWith(p));

const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 三 → 3, 十二 → 12, 二十三 → 23, and digit by digit without 十 (一〇 → 10): house numbers stay below 100. */
const kanjiNumber = (kanji: string): string => {
  const digit = (c: string | undefined) => (c === undefined ? 0 : (KANJI_DIGITS[c] ?? 0));
  const ten = kanji.indexOf('十');
  if (ten < 0) return [...kanji].map(digit).join('');
  return String((ten === 0 ? 1 : digit(kanji[ten - 1])) * 10 + digit(kanji[ten + 1]));
};

/**
 * House numbers written one way: 一丁目2番3号, 1丁目2番地の3 and 1-2-3 all read 1-2-3. Folds a text already compacted
 * (`compactAddress`, so its hyphens are one kind). Both sides of a comparison go through it, so a town named with a
 * numeral (一番町) is folded alike on both.
 */
export const foldHouseNumbers = (compact: string): string =>
  compact
    .replace(/[〇一二三四五六七八九十]+(?=丁目|番|号)/g, kanjiNumber)
    .replace(/(\d)(?:丁目|番地の?|番の?|の)(?=\d)/g, '$1-')
    .replace(/(\d)(?:丁目|番地|番|号)/g, '$1');
