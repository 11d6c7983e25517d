import type { Mall } from '../../../domain/order/order-data';
import type { ColumnMapping } from '../column-mapping';
import { RAKUTEN } from './rakuten';
import { STANDARD } from './standard';

export interface OrderFormat {
  readonly name: string;
  readonly label: string;
  /** The mall its orders come from; null when the file may be any shop's (the standard format, saved mappings). */
  readonly mall: Mall | null;
  readonly mapping: ColumnMapping;
  /** Header names that, all present, identify the layout for auto-detection. */
  readonly signature: readonly string[];
}

/** The built-in formats by the name the CLI and the API use. */
export const BUILT_IN_FORMATS: readonly OrderFormat[] = [
  { name: 'rakuten', label: '楽天市場 (RMS 受注CSV)', mall: 'rakuten', mapping: RAKUTEN, signature: ['注文番号', '送付先ID', '商品明細ID'] },
  { name: 'standard', label: '標準フォーマット', mall: null, mapping: STANDARD, signature: ['注文番号', '注文者氏名', '商品名', '単価', '数量'] },
];

export const builtInFormat = (name: string): OrderFormat | undefined => BUILT_IN_FORMATS.find((f) => f.name === name);

/** The format whose signature the header carries; the most specific (longest signature) wins a tie. */
export const detectFormat = (header: readonly string[]): OrderFormat | undefined => {
  const names = new Set(header.map((h) => h.trim()));
  return [...BUILT_IN_FORMATS].sort((a, b) => b.signature.length - a.signature.length).find((f) => f.signature.every((s) => names.has(s)));
};
