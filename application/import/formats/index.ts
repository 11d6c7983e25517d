import type { Mall } from '../../../domain/order/order-data';
import type { ColumnMapping } from '../column-mapping';
import { AMAZON } from './amazon';
import { AMAZON_UNSHIPPED } from './amazon-unshipped';
import { BASE } from './base';
import { COLORME } from './colorme';
import { ECCUBE } from './eccube';
import { FUTURESHOP } from './futureshop';
import { MAKESHOP } from './makeshop';
import { QOO10 } from './qoo10';
import { RAKUTEN } from './rakuten';
import { STANDARD } from './standard';
import { YAHOO } from './yahoo';

export interface OrderFormat {
  readonly name: string;
  readonly label: string;
  /** The mall its orders come from; null when the file may be any shop's (the standard format, saved mappings). */
  readonly mall: Mall | null;
  readonly mapping: ColumnMapping;
  /** Header names that, all present, identify the layout for auto-detection. */
  readonly signature: readonly string[];
  /** The same for the other file of a layout that comes as two (Yahoo's Orders file beside its Items file). */
  readonly companionSignature?: readonly string[];
  /** Header names whose presence rules the layout out (the unshipped report is the one without item-price). */
  readonly absent?: readonly string[];
}

/** The built-in formats by the name the CLI and the API use. */
export const BUILT_IN_FORMATS: readonly OrderFormat[] = [
  {
    name: 'rakuten',
    label: '楽天市場 (RMS 受注CSV)',
    mall: 'rakuten',
    mapping: RAKUTEN,
    signature: ['注文番号', '送付先ID', '商品明細ID'],
  },
  {
    name: 'yahoo',
    label: 'Yahoo!ショッピング (Orders + Items)',
    mall: 'yahoo',
    mapping: YAHOO,
    signature: ['OrderId', 'LineId', 'Title'],
    companionSignature: ['OrderId', 'OrderTime'],
  },
  {
    name: 'amazon',
    label: 'Amazon (注文レポート)',
    mall: 'amazon',
    mapping: AMAZON,
    signature: ['order-id', 'order-item-id', 'purchase-date', 'product-name'],
  },
  {
    name: 'amazon-unshipped',
    label: 'Amazon (未出荷の注文レポート)',
    mall: 'amazon',
    mapping: AMAZON_UNSHIPPED,
    signature: ['order-id', 'order-item-id', 'purchase-date', 'product-name', 'quantity-to-ship'],
    absent: ['item-price'],
  },
  {
    name: 'qoo10',
    label: 'Qoo10 (配送要請)',
    mall: 'qoo10',
    mapping: QOO10,
    signature: ['注文番号', 'カート番号', '配送状態'],
  },
  {
    name: 'makeshop',
    label: 'MakeShop',
    mall: 'makeshop',
    mapping: MAKESHOP,
    signature: ['注文番号', '日付', '注文時間', '処理状況'],
  },
  {
    name: 'colorme',
    label: 'カラーミーショップ',
    mall: 'colorme',
    mapping: COLORME,
    signature: ['売上ID', '受注日', '購入者 名前'],
  },
  {
    name: 'futureshop',
    label: 'futureshop',
    mall: 'futureshop',
    mapping: FUTURESHOP,
    signature: ['受注コード', '注文日時', 'お届け先氏名(姓)'],
  },
  { name: 'base', label: 'BASE', mall: 'base', mapping: BASE, signature: ['注文ID', '注文日時', '氏(配送先)'] },
  {
    name: 'eccube',
    label: 'EC-CUBE 4',
    mall: 'eccube',
    mapping: ECCUBE,
    signature: ['注文ID', '注文番号', '出荷ID', '明細区分(ID)'],
  },
  {
    name: 'standard',
    label: '標準フォーマット',
    mall: null,
    mapping: STANDARD,
    signature: ['注文番号', '注文者氏名', '商品名', '単価', '数量'],
  },
];

export const builtInFormat = (name: string): OrderFormat | undefined => BUILT_IN_FORMATS.find((f) => f.name === name);

const SIGNATURES = BUILT_IN_FORMATS.flatMap((format) =>
  [format.signature, ...(format.companionSignature ? [format.companionSignature] : [])].map((signature) => ({
    format,
    signature,
  })),
);

/** The format whose signature (or companion file's signature) the header carries; the most specific (longest) wins a tie. */
export const detectFormat = (header: readonly string[]): OrderFormat | undefined => {
  const names = new Set(header.map((h) => h.trim()));
  return [...SIGNATURES]
    .sort((a, b) => b.signature.length - a.signature.length)
    .find(
      ({ format, signature }) =>
        signature.every((s) => names.has(s)) && !(format.absent ?? []).some((name) => names.has(name)),
    )?.format;
};
