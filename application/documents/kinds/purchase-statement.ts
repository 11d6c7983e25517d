import type { Content, TableCell } from 'pdfmake';
import type { OrderLine } from '../../../domain/order/order-data';
import type { DocumentOrder } from '../document-input';
import { japaneseDate, yen } from '../document-format';
import {
  PAGE_WIDTH,
  TEXT_WIDTH,
  wrapped,
  documentHead,
  REDUCED_RATE_MARK,
  REDUCED_RATE_NOTE,
  greeting,
  headerCell,
  labelledRows,
  oneLine,
  personBlock,
  printName,
  right,
  type DocumentContext,
} from '../document-parts';
import { taxPerRate } from '../tax-per-rate';
import type { TaxRounding } from '../../../domain/documents/document-kind';

/** お買い上げ明細書: for the buyer, the whole order with its prices, one document per order. */
export function purchaseStatement(order: DocumentOrder, context: DocumentContext): Content {
  const data = order.mallData;
  return {
    stack: [
      ...documentHead('お買い上げ明細書', { label: 'ご注文者', person: data.orderer }, context.shop),
      labelledRows([
        ['ご注文番号', order.orderNumber],
        // 同梱: the parcel holds the other orders too; the buyer sees which.
        ...(order.bundledWith?.length ? [['同梱のご注文', order.bundledWith.join('、')] as [string, string]] : []),
        ['ご注文日', japaneseDate(data.orderedAt)],
        ['お支払い方法', data.payment.label],
      ]),
      ...greeting(context.shop.greetings['purchase-statement']),
      ...data.destinations.flatMap((destination, index) => [
        {
          text: data.destinations.length > 1 ? `お届け先 ${index + 1}` : 'お届け先',
          bold: true,
          margin: [0, 6, 0, 2] as [number, number, number, number],
        },
        personBlock('', destination.recipient, PAGE_WIDTH),
        lineTable(destination.lines, context),
      ]),
      amountsTable(order, context),
      { ...oneLine(REDUCED_RATE_NOTE), fontSize: 8, margin: [0, 4, 0, 0] },
    ],
  };
}

const ITEM_WIDTH = TEXT_WIDTH.itemColumn(40 + 70 + 80, 4);

/** Lines with their prices; shared with the invoice, which shows the same items. */
export function lineTable(lines: readonly OrderLine[], context: DocumentContext): Content {
  const body: TableCell[][] = [
    [
      headerCell('商品'),
      headerCell('数量', 'right'),
      headerCell('単価(税込)', 'right'),
      headerCell('金額(税込)', 'right'),
    ],
    ...lines.map((line) => [
      {
        stack: [
          wrapped(
            `${line.taxRate === 8 ? REDUCED_RATE_MARK : ''}${printName(context.run, line.sku, line.name)}`,
            ITEM_WIDTH,
          ),
          ...(line.options === '' ? [] : [wrapped(line.options, ITEM_WIDTH, { fontSize: 8, color: '#555555' })]),
        ],
      },
      right(String(line.quantity)),
      right(yen(line.unitPrice)),
      right(yen(line.unitPrice * line.quantity)),
    ]),
  ];
  return { table: { headerRows: 1, widths: ['*', 40, 70, 80], body }, margin: [0, 2, 0, 6] };
}

/** One row of the amounts: label, amount in yen text, whether it is a total (bold). */
export type AmountRow = readonly [label: string, value: string, total?: boolean];

/**
 * 商品合計 to ご請求額, then the amount and tax per rate: what the statements print and the マイページ shows, so the
 * buyer never sees two different sums for one order.
 */
export function amountRows(order: Pick<DocumentOrder, 'mall' | 'mallData'>, taxRounding: TaxRounding): AmountRow[] {
  const amounts = order.mallData.amounts;
  const breakdown = taxPerRate(order.mall, order.mallData, taxRounding);
  return [
    ['商品合計', yen(amounts.goods)],
    ['送料', yen(amounts.shipping)],
    ...(amounts.codFee === 0 ? [] : [['代引手数料', yen(amounts.codFee)] as const]),
    ...(amounts.wrapping === 0 ? [] : [['ラッピング料', yen(amounts.wrapping)] as const]),
    ['合計', yen(amounts.total), true],
    ...(amounts.pointsUsed === 0 ? [] : [['ポイント利用', yen(-amounts.pointsUsed)] as const]),
    ...(amounts.coupons === 0 ? [] : [['クーポン値引', yen(-amounts.coupons)] as const]),
    ['ご請求額', yen(amounts.billed), true],
    ...breakdown.rates.map((rate) => [`${rate.rate}%対象 ${yen(rate.amount)}`, `(内消費税 ${yen(rate.tax)})`] as const),
  ];
}

/** 小計 to ご請求額, then the amount and tax per rate. */
export function amountsTable(order: DocumentOrder, context: DocumentContext): Content {
  const rows = amountRows(order, context.shop.taxRounding);
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 240,
        table: {
          widths: ['*', 100],
          body: rows.map(([label, value, bold]) => [
            { ...oneLine(label), bold: bold === true },
            right(value, bold === true),
          ]),
        },
        layout: 'lightHorizontalLines',
      },
    ],
    margin: [0, 4, 0, 0],
  };
}
