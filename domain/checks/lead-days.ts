import type { Carrier } from '../shared/carrier';
import { PREFECTURES } from './normalise';

const TWO_DAYS: ReadonlySet<string> = new Set([
  '北海道',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
]);
const KNOWN: ReadonlySet<string> = new Set(PREFECTURES);

/**
 * Days from shipping to delivery by region, the same for every carrier: 1 within 本州 and 四国, 2 to 北海道 and 九州,
 * 3 to 沖縄. A default the shop cannot yet edit; carriers' real tables depend on the shipping origin too, which this
 * does not know. A prefecture not named gets the longest lead time, so that a too-early date is still caught.
 */
export const defaultLeadDays = (_carrier: Carrier | null, prefecture: string): number => {
  const name = prefecture.normalize('NFKC').trim();
  if (name === '沖縄県' || !KNOWN.has(name)) return 3;
  return TWO_DAYS.has(name) ? 2 : 1;
};
