import { HOLD_BOXES } from '../order/status';

export const HOLD_BOX_NAME_MAX = 30;

export const isHoldBox = (box: number): boolean => Number.isInteger(box) && box >= 1 && box <= HOLD_BOXES;

export const HOLD_BOXES_RANGE_MESSAGE = {
  ja: `保留ボックスは1〜${HOLD_BOXES}の番号で指定してください`,
  en: `a hold box is numbered 1 to ${HOLD_BOXES}`,
} as const;

/** What a box is called until the tenant names it, and again after its name is cleared. */
export const defaultHoldBoxName = (box: number): string => `保留ボックス${box}`;
