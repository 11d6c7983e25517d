import type { CheckContext, CheckedOrder } from './check-context';
import type { CheckFinding } from './check-finding';
import { nfkc } from './normalise';

/** 楽天 writes 「[メッセージ:]」 and its like even when the buyer wrote nothing after it: such a line is no remark. */
const EMPTY_MALL_LINE = /^\[[^\]]*[:：]\]$/;

export const meaningfulRemarks = (remarks: string): string =>
  remarks
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !EMPTY_MALL_LINE.test(nfkc(line)))
    .join('\n');

/** The message shows the start of the remarks; the order page shows them whole. */
const EXCERPT_LENGTH = 60;
const excerpt = (text: string): string =>
  [...text].length > EXCERPT_LENGTH ? `${[...text].slice(0, EXCERPT_LENGTH).join('')}…` : text;

/**
 * 備考あり: the buyer wrote a remark. When the shop keeps keywords, only remarks containing one trip it (compared
 * NFKC-normalised and case-blind, so ｸｰﾙ matches クール).
 */
export const checkRemarks = (order: CheckedOrder, context: CheckContext): CheckFinding[] => {
  const remarks = meaningfulRemarks(order.mallData.buyerRemarks);
  if (remarks === '') return [];
  const keywords = context.settings.remarkKeywords.filter((k) => k.trim() !== '');
  if (keywords.length === 0) return [{ check: 'remarks', destinationIndex: null, data: { remarks: excerpt(remarks) } }];
  const comparable = (text: string) => nfkc(text).toLowerCase();
  const found = keywords.filter((k) => comparable(remarks).includes(comparable(k.trim())));
  if (found.length === 0) return [];
  return [
    { check: 'remarks', destinationIndex: null, data: { remarks: excerpt(remarks), keywords: found.join('・') } },
  ];
};
