/**
 * The merge fields (差込項目) of the mail templates, in the Japanese names staff read and type, and the text each one
 * stands for on an order. Values are plain text with `\n` line ends; what sends the mail sets the line ends of the wire.
 */
import type { Destination } from '../../domain/order/order-data';
import type { ExistingOrder } from '../../domain/order/state';
import { PAYMENT_METHOD_LABELS } from '../../domain/shared/payment-method';
import { carrierNameJa, trackingUrl } from '../../domain/shipping/carrier-codes';
import { japaneseDate, postalAddress, yen } from '../documents/document-format';
import { addressed } from '../documents/document-parts';

/** Each field with what the editor's insert menu says about it. */
export const MERGE_FIELDS = [
  { name: '注文番号', description: 'モールの注文番号' },
  { name: '注文日', description: 'ご注文日（2026年12月7日の形）' },
  { name: '注文者名', description: 'ご注文者のお名前（敬称なし）' },
  { name: '商品明細', description: '商品名・単価・数量・金額の一覧と、送料・割引の内訳（複数行）' },
  { name: '合計金額', description: 'ご請求金額（ポイント・クーポン利用後）' },
  { name: '支払方法', description: 'お支払い方法' },
  { name: 'お届け先', description: '送付先ごとのお名前とご住所（複数行）' },
  { name: '配送業者', description: '送付先ごとの配送業者' },
  { name: '伝票番号', description: '送付先ごとのお問い合わせ伝票番号' },
  { name: '追跡URL', description: '送付先ごとの配送状況確認ページ' },
  { name: 'お届け予定日', description: '送付先ごとのお届け希望日と時間帯' },
  { name: '差込メッセージ', description: '受注ごとの個別メッセージ' },
  { name: '購入回数', description: 'このお客様のご購入回数（数字のみ）' },
  { name: 'マイページURL', description: 'ご注文状況を確認できるページのURL' },
  { name: 'ショップ名', description: 'ショップ名' },
  { name: '署名', description: 'ショップの署名' },
] as const;

export type MergeFieldName = (typeof MERGE_FIELDS)[number]['name'];
export type MergeValues = Readonly<Record<MergeFieldName, string>>;

export const isMergeFieldName = (name: string): name is MergeFieldName =>
  MERGE_FIELDS.some((field) => field.name === name);

/** What the order does not hold: the shop's wording and settings, and facts about the buyer from other orders. */
export interface MergeContext {
  readonly shopName: string;
  readonly signature: string;
  /** The signed link to the buyer's order page; null while there is none (the field renders empty). */
  readonly myPageUrl: string | null;
  /** How many orders this buyer placed with the shop, this one included; null when unknown. */
  readonly purchaseCount: number | null;
}

export type MergeOrder = Pick<ExistingOrder, 'orderNumber' | 'mallData' | 'shopData' | 'tracking'>;

/** A date-only text (2026-12-05) is that day; anything else is read as an instant and shown as its day in Japan. */
const japaneseDay = (text: string): string => {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return day ? `${Number(day[1])}年${Number(day[2])}月${Number(day[3])}日` : japaneseDate(text);
};

/**
 * One line per destination: alone, the value itself; with several, 送付先1：… for each (numbered as in {{お届け先}}),
 * leaving out destinations without a value. Nothing at all is the empty text.
 */
const perDestination = (order: MergeOrder, valueOf: (index: number) => string): string => {
  const values = order.mallData.destinations.map((_, index) => valueOf(index));
  if (values.length === 1) return values[0]!;
  return values
    .map((value, index) => (value === '' ? '' : `送付先${index + 1}：${value}`))
    .filter((line) => line !== '')
    .join('\n');
};

/** The number's own carrier once there is a number; before that the carrier the shop planned. 'other' says its slip type. */
const carrierOf = (order: MergeOrder, index: number): string => {
  const carrier = order.tracking.current[index]?.carrier ?? order.shopData.shipping?.carrier;
  if (carrier === undefined) return '';
  return carrier === 'other' ? (order.shopData.shipping?.slipType ?? '') : carrierNameJa(carrier);
};

const lineText = (line: Destination['lines'][number]): string => {
  const options = line.options.trim() === '' ? '' : `（${line.options}）`;
  return `・${line.name}${options}\n　${yen(line.unitPrice)} × ${line.quantity} ＝ ${yen(line.unitPrice * line.quantity)}`;
};

/** The lines (under 【送付先N】 when there are several destinations), then what brings the goods to the amount billed. */
const orderLines = (order: MergeOrder): string => {
  const { destinations, amounts } = order.mallData;
  const lines = destinations.flatMap((destination, index) => [
    ...(destinations.length > 1 ? [`【送付先${index + 1}】`] : []),
    ...destination.lines.map(lineText),
  ]);
  const breakdown: [string, number][] = [
    ['商品合計', amounts.goods],
    ['送料', amounts.shipping],
    ['代引手数料', amounts.codFee],
    ['ラッピング', amounts.wrapping],
    ['ポイント利用', -amounts.pointsUsed],
    ['クーポン利用', -amounts.coupons],
  ];
  const shown = breakdown.filter(([label, amount]) => label === '商品合計' || amount !== 0);
  return [...lines, '', ...shown.map(([label, amount]) => `${label}：${yen(amount)}`)].join('\n');
};

const destinationBlock = (order: MergeOrder): string => {
  const { destinations } = order.mallData;
  return destinations
    .map(({ recipient }, index) =>
      [
        ...(destinations.length > 1 ? [`【送付先${index + 1}】`] : []),
        addressed(recipient.name),
        ...postalAddress(recipient),
      ].join('\n'),
    )
    .join('\n\n');
};

const deliveryDate = ({ delivery }: Destination): string =>
  [delivery.desiredDate ? japaneseDay(delivery.desiredDate) : '', delivery.timeSlot ?? '']
    .filter((part) => part.trim() !== '')
    .join(' ');

/** Every field's text for the order; a field the order lacks is the empty text. */
export function mergeValues(order: MergeOrder, context: MergeContext): MergeValues {
  const data = order.mallData;
  const tracking = (index: number) => order.tracking.current[index];
  return {
    注文番号: order.orderNumber,
    注文日: japaneseDay(data.orderedAt),
    注文者名: data.orderer.name,
    商品明細: orderLines(order),
    合計金額: yen(data.amounts.billed),
    支払方法: data.payment.label.trim() === '' ? PAYMENT_METHOD_LABELS[data.payment.method] : data.payment.label,
    お届け先: destinationBlock(order),
    配送業者: perDestination(order, (index) => carrierOf(order, index)),
    伝票番号: perDestination(order, (index) => tracking(index)?.trackingNumber ?? ''),
    追跡URL: perDestination(order, (index) => {
      const number = tracking(index);
      return number ? (trackingUrl(number.carrier, number.trackingNumber) ?? '') : '';
    }),
    お届け予定日: perDestination(order, (index) => deliveryDate(data.destinations[index]!)),
    差込メッセージ: order.shopData.individualMessage,
    購入回数: context.purchaseCount === null ? '' : String(context.purchaseCount),
    マイページURL: context.myPageUrl ?? '',
    ショップ名: context.shopName,
    署名: context.signature,
  };
}
