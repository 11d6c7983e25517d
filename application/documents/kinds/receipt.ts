import type { Content } from 'pdfmake';
import type { DocumentOrder, ReceiptIssue } from '../document-input';
import { japaneseDate, yen } from '../document-format';
import { addressed, issuerBlock, oneLine, title, type DocumentContext } from '../document-parts';
import { taxPerRate } from '../tax-per-rate';

/** The issue a printing records when the caller has none for the order: the first, with the defaults. */
export function defaultReceiptIssue(order: DocumentOrder, context: DocumentContext): ReceiptIssue {
  return {
    number: 1,
    addressee: order.receipt.addressee ?? order.mallData.orderer.name,
    proviso: order.receipt.proviso ?? context.shop.receiptProviso,
  };
}

/**
 * 領収書 for what the buyer paid (billed), with the amount and tax per rate and the issuer's registration number, so
 * that it is also a qualified simplified invoice (適格簡易請求書). From the second issue on it says 再発行 and which
 * issue it is.
 */
export function receipt(order: DocumentOrder, context: DocumentContext): Content {
  const issue = context.run.receiptIssues.get(order.orderId) ?? defaultReceiptIssue(order, context);
  const amounts = order.mallData.amounts;
  const breakdown = taxPerRate(order.mall, order.mallData, context.shop.taxRounding);
  return {
    stack: [
      ...(issue.number >= 2
        ? [
            {
              ...oneLine(`再発行（${issue.number}回目の発行）`),
              alignment: 'right' as const,
              bold: true,
              color: '#aa0000',
            },
          ]
        : []),
      title('領収書'),
      {
        columns: [
          { width: '*', text: addressed(issue.addressee), fontSize: 14, bold: true, decoration: 'underline' as const },
          {
            width: 'auto',
            stack: [oneLine(`No. ${order.orderNumber}`), oneLine(`発行日 ${japaneseDate(context.run.printedAt)}`)],
            alignment: 'right' as const,
          },
        ],
        margin: [0, 8, 0, 16],
      },
      {
        table: {
          widths: ['*'],
          body: [[{ ...oneLine(`${yen(amounts.billed)}-`), fontSize: 22, bold: true, alignment: 'center' }]],
        },
        margin: [60, 0, 60, 8],
      },
      { text: `但し ${issue.proviso}`, alignment: 'center' },
      { ...oneLine('上記正に領収いたしました'), alignment: 'center', margin: [0, 4, 0, 12] },
      {
        stack: [
          oneLine('内訳'),
          ...breakdown.rates.map((rate) =>
            oneLine(`${rate.rate}%対象 ${yen(rate.amount)}（内消費税 ${yen(rate.tax)}）`),
          ),
          ...(amounts.pointsUsed === 0
            ? []
            : [oneLine(`ポイント利用 ${yen(amounts.pointsUsed)}（上記金額には含みません）`)]),
          oneLine(`ご注文日 ${japaneseDate(order.mallData.orderedAt)}`),
        ],
        fontSize: 9,
        margin: [0, 0, 0, 16],
      },
      issuerBlock(context.shop, { seal: true }),
      ...(context.shop.greetings.receipt.trim() === ''
        ? []
        : [{ text: context.shop.greetings.receipt, margin: [0, 12, 0, 0] as [number, number, number, number] }]),
    ],
  };
}
