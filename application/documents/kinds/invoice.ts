import type { Content, TableCell } from 'pdfmake';
import type { DocumentOrder } from '../document-input';
import { japaneseDate, yen } from '../document-format';
import {
  TEXT_WIDTH,
  wrapped,
  documentHead,
  REDUCED_RATE_MARK,
  REDUCED_RATE_NOTE,
  greeting,
  headerCell,
  labelledRows,
  printName,
  right,
  type DocumentContext,
} from '../document-parts';
import { taxPerRate } from '../tax-per-rate';

/**
 * 請求書 as a qualified invoice (適格請求書): the issuer and its registration number, the issue date, the date of the
 * transaction, the items with the reduced-rate ones marked, the amount and the tax per rate (rounded once per rate),
 * and the recipient.
 */
const ITEM_WIDTH = TEXT_WIDTH.itemColumn(34 + 34 + 64 + 72, 5);

export function invoice(order: DocumentOrder, context: DocumentContext): Content {
  const data = order.mallData;
  const amounts = data.amounts;
  const breakdown = taxPerRate(order.mall, data, context.shop.taxRounding);
  const charges: Array<[string, number]> = [
    ['送料', amounts.shipping],
    ['代引手数料', amounts.codFee],
    ['ラッピング料', amounts.wrapping],
  ];
  const itemRows: TableCell[][] = [
    ...data.destinations.flatMap((destination) =>
      destination.lines.map((line) => [
        wrapped(
          `${line.taxRate === 8 ? REDUCED_RATE_MARK : ''}${printName(context.run, line.sku, line.name)}${line.options === '' ? '' : ` ${line.options}`}`,
          ITEM_WIDTH,
        ),
        right(`${line.taxRate}%`),
        right(String(line.quantity)),
        right(yen(line.unitPrice)),
        right(yen(line.unitPrice * line.quantity)),
      ]),
    ),
    ...charges
      .filter(([, amount]) => amount !== 0)
      .map(([label, amount]) => [{ text: label }, right('10%'), right('1'), right(yen(amount)), right(yen(amount))]),
    ...(breakdown.discount === 0
      ? []
      : [[{ text: 'クーポン値引' }, right(''), right(''), right(''), right(yen(-breakdown.discount))]]),
  ];
  return {
    stack: [
      ...documentHead('請求書', { label: 'ご請求先', person: data.orderer }, context.shop, { seal: true }),
      labelledRows([
        ['請求書番号', order.orderNumber],
        ['発行日', japaneseDate(context.run.printedAt)],
        ['取引年月日', japaneseDate(data.orderedAt)],
        ['お支払い方法', data.payment.label],
        ...(context.shop.issuer.registrationNumber === null
          ? []
          : [['登録番号', context.shop.issuer.registrationNumber] as const]),
      ]),
      ...greeting(context.shop.greetings.invoice),
      {
        table: {
          headerRows: 1,
          widths: ['*', 34, 34, 64, 72],
          body: [
            [
              headerCell('品目'),
              headerCell('税率', 'right'),
              headerCell('数量', 'right'),
              headerCell('単価(税込)', 'right'),
              headerCell('金額(税込)', 'right'),
            ],
            ...itemRows,
          ],
        },
        margin: [0, 6, 0, 6],
      },
      {
        columns: [
          { width: '*', text: REDUCED_RATE_NOTE, fontSize: 8 },
          {
            width: 280,
            table: {
              widths: ['*', 80, 64],
              body: [
                [headerCell('税率区分'), headerCell('対象金額(税込)', 'right'), headerCell('消費税額', 'right')],
                ...breakdown.rates.map((rate) => [
                  { text: `${rate.rate}%対象${rate.rate === 8 ? `（${REDUCED_RATE_MARK}軽減税率）` : ''}` },
                  right(yen(rate.amount)),
                  right(yen(rate.tax)),
                ]),
                [
                  { text: '合計', bold: true },
                  right(yen(sum(breakdown.rates.map((rate) => rate.amount))), true),
                  right(yen(sum(breakdown.rates.map((rate) => rate.tax))), true),
                ],
                ...(amounts.pointsUsed === 0
                  ? []
                  : [[{ text: 'ポイント利用' }, right(yen(-amounts.pointsUsed)), right('')]]),
                ...(amounts.coupons === breakdown.discount
                  ? []
                  : [[{ text: 'クーポン利用' }, right(yen(breakdown.discount - amounts.coupons)), right('')]]),
                [{ text: 'ご請求額', bold: true }, right(yen(amounts.billed), true), right('')],
              ],
            },
          },
        ],
      },
    ],
  };
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
