import type { CheckKind } from './check-finding';

/** The checks as staff name them: the check settings and results screens and a rule's summary use these. */
export const CHECK_LABELS: Readonly<Record<CheckKind, string>> = {
  address: '住所チェック',
  house_number: '番地未入力',
  caution_area: '要注意発送地域・離島',
  blacklist: 'ブラックリスト',
  ship_date: '出荷予定日',
  delivery_date: '配送指定日',
  amounts: '金額の不一致',
  duplicate: '重複注文の疑い',
  remarks: '備考あり',
};
