// Variant kanji that CP932 (IBM extensions) carries beside the common form; buyers' names use either, so search and
// the 同梱 key fold them to one.
const VARIANTS: Readonly<Record<string, string>> = {
  髙: '高',
  﨑: '崎',
  𠮷: '吉',
  德: '徳',
  濵: '浜',
  邉: '辺',
  邊: '辺',
};
const VARIANT = new RegExp(Object.keys(VARIANTS).join('|'), 'gu');

export const foldKanjiVariants = (text: string): string => text.replace(VARIANT, (c) => VARIANTS[c]!);
