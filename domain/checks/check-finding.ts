import * as t from 'io-ts';
import { Carrier } from '../shared/carrier';

/** The checks an order goes through at intake and after every edit. */
export const CheckKind = t.keyof({
  address: null, // 住所チェック: postal code against prefecture and city (KEN_ALL)
  house_number: null, // 番地未入力
  caution_area: null, // 要注意発送地域 and 離島 (the shop's area table, 楽天's 離島 flag)
  blacklist: null, // ブラックリスト
  ship_date: null, // 出荷予定日: none, or in the past
  delivery_date: null, // 配送指定日: too early for the lead time, or too far ahead
  amounts: null, // amounts that do not add up
  duplicate: null, // the same buyer and items within N hours, across malls
  remarks: null, // 備考あり, or remarks matching the shop's keywords
});
export type CheckKind = t.TypeOf<typeof CheckKind>;
export const CHECK_KINDS = Object.keys(CheckKind.keys) as CheckKind[];

/**
 * A check that tripped: which, and the data that tripped it, as text for the message (`describeFinding`) and the list.
 * `destinationIndex` is the destination it is about, or null for the whole order.
 */
export const CheckFinding = t.strict({
  check: CheckKind,
  destinationIndex: t.union([t.number, t.null]),
  data: t.record(t.string, t.string),
});
export type CheckFinding = t.TypeOf<typeof CheckFinding>;

/** What a tripped check does, per shop: nothing, a warning on the order, or a hold in a box. */
export const CheckMode = t.keyof({ off: null, warn: null, hold: null });
export type CheckMode = t.TypeOf<typeof CheckMode>;

export const CheckSetting = t.strict({ mode: CheckMode, box: t.union([t.number, t.null]) });
export type CheckSetting = t.TypeOf<typeof CheckSetting>;

export const CheckSettings = t.strict({
  checks: t.record(CheckKind, CheckSetting),
  /** A second order of the same buyer and items within this many hours is a suspected duplicate. */
  duplicateWithinHours: t.number,
  /** Remarks containing one of these trip the remarks check; with none, any remark does. */
  remarkKeywords: t.array(t.string),
  /** A delivery date further than this many days after the order date trips the delivery-date check. */
  maxDeliveryDaysAhead: t.number,
});
export type CheckSettings = t.TypeOf<typeof CheckSettings>;

/** 要注意発送地域 labels, as the area table names them. */
export const CautionLabel = t.keyof({
  離島: null,
  中継料: null,
  時間指定不可: null,
  クール不可: null,
  代引不可: null,
});
export type CautionLabel = t.TypeOf<typeof CautionLabel>;

/** Which destinations an area entry covers: one postal code, a range of codes, or a prefecture+city prefix. */
export const CautionAreaKey = t.union([
  t.strict({ kind: t.literal('postal'), code: t.string }),
  t.strict({ kind: t.literal('postal_range'), from: t.string, to: t.string }),
  t.strict({ kind: t.literal('address_prefix'), prefix: t.string }),
]);
export type CautionAreaKey = t.TypeOf<typeof CautionAreaKey>;

/** One row of the shop's 要注意発送地域 table. `carriers` empty: every carrier. */
export const CautionArea = t.strict({
  id: t.string,
  key: CautionAreaKey,
  labels: t.array(CautionLabel),
  carriers: t.array(Carrier),
  note: t.string,
});
export type CautionArea = t.TypeOf<typeof CautionArea>;
