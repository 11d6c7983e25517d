import type { Carrier } from '../../../domain/shared/carrier';

/**
 * Where a return file keeps a value: by header name when the file has a header row (the carriers' software lets a
 * shop reorder or trim its export, and e飛伝Pro adds a column by a format flag), else by position (0-based).
 */
export interface ReturnColumn {
  readonly names: readonly string[];
  readonly position: number;
}

export interface ReturnFileLayout {
  readonly name: string;
  readonly label: string;
  readonly carrier: Carrier;
  /** お客様管理番号: the key our label data sent, echoed back. */
  readonly key: ReturnColumn;
  readonly trackingNumber: ReturnColumn;
  readonly shippedAt?: ReturnColumn;
}

// e飛伝II 出荷実績 (jmleejake/csvProject NewSagawaVO, 53 positions): the number first, the key at 12.
const EHIDEN_RESULTS = {
  carrier: 'sagawa',
  key: { names: ['お客様管理ナンバー', 'お客様管理番号'], position: 12 },
  trackingNumber: { names: ['お問合せ送り状No', 'お問合せ送り状No.', 'お問い合せ送り状No.'], position: 0 },
  shippedAt: { names: ['出荷日時', '出荷日'], position: 1 },
} as const;

export const RETURN_FILE_LAYOUTS = {
  // B2クラウド 発行済データ: the 95-column basic layout back, 伝票番号 (col 4) filled, お客様管理番号 (col 1) echoed.
  b2cloud: {
    name: 'b2cloud',
    label: 'B2クラウド 発行済データ',
    carrier: 'yamato',
    key: { names: ['お客様管理番号'], position: 0 },
    trackingNumber: { names: ['伝票番号'], position: 3 },
    shippedAt: { names: ['出荷予定日'], position: 4 },
  },
  ehiden2: { name: 'ehiden2', label: 'e飛伝II 出荷実績', ...EHIDEN_RESULTS },
  ehiden3: { name: 'ehiden3', label: 'e飛伝III 出荷実績', ...EHIDEN_RESULTS },
  // e飛伝Pro 発行済データ (143 fields, ExpressLink plugin): 問い合せ№ 57th and 顧客管理番号 59th without the 元着区分 flag.
  ehidenpro: {
    name: 'ehidenpro',
    label: 'e飛伝Pro 発行済データ',
    carrier: 'sagawa',
    key: { names: ['顧客管理番号', 'お客様管理番号'], position: 58 },
    trackingNumber: { names: ['問い合せ№', '問い合せNo', 'お問い合せ送り状No.'], position: 56 },
    shippedAt: { names: ['出荷日'], position: 46 },
  },
  // ゆうプリR 発送履歴 (6 columns with a header); 仮引受確定作業年月日 is the day the parcel was handed over.
  yuprir: {
    name: 'yuprir',
    label: 'ゆうプリR 発送履歴',
    carrier: 'japanpost',
    key: { names: ['お客様側管理番号'], position: 0 },
    trackingNumber: { names: ['お問い合わせ番号'], position: 1 },
    shippedAt: { names: ['仮引受確定作業年月日'], position: 2 },
  },
  // クリックポスト 出荷通知: its columns were not found (docs/tracking-and-results.md); read by these header names.
  clickpost: {
    name: 'clickpost',
    label: 'クリックポスト 出荷通知',
    carrier: 'japanpost',
    key: { names: ['お客様管理番号', '管理番号', '注文番号'], position: 0 },
    trackingNumber: { names: ['お問い合わせ番号', '追跡番号', '問い合わせ番号'], position: 1 },
    shippedAt: { names: ['発送日', '出荷日', '申込日'], position: 2 },
  },
} as const satisfies Record<string, ReturnFileLayout>;

export type ReturnFileLayoutName = keyof typeof RETURN_FILE_LAYOUTS;

export const returnFileLayout = (name: string): ReturnFileLayout | undefined =>
  Object.hasOwn(RETURN_FILE_LAYOUTS, name) ? RETURN_FILE_LAYOUTS[name as ReturnFileLayoutName] : undefined;
