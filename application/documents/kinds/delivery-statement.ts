import type { Content, TableCell } from 'pdfmake';
import type { Destination } from '../../../domain/order/order-data';
import type { DocumentOrder } from '../document-input';
import { japaneseDate } from '../document-format';
import {
  TEXT_WIDTH,
  wrapped,
  documentHead,
  greeting,
  headerCell,
  labelledRows,
  personBlock,
  printName,
  right,
  type DocumentContext,
} from '../document-parts';

/**
 * お届け明細書: for the recipient of a parcel, often a gift, so no price or amount appears anywhere; one per
 * destination, saying who it is from (the orderer) and the のし.
 */
export function deliveryStatement(order: DocumentOrder, destination: Destination, context: DocumentContext): Content {
  const data = order.mallData;
  const gift = data.gift;
  return {
    stack: [
      ...documentHead('お届け明細書', { label: 'お届け先', person: destination.recipient }, context.shop),
      personBlock('ご依頼主', data.orderer),
      labelledRows([
        ['ご注文番号', order.orderNumber],
        ['ご注文日', japaneseDate(data.orderedAt)],
        ...(gift.noshi === '' ? [] : [['のし', gift.noshi] as const]),
        ...(gift.wrapping === '' ? [] : [['ラッピング', gift.wrapping] as const]),
      ]),
      ...greeting(context.shop.greetings['delivery-statement']),
      quantityTable(destination, context),
    ],
  };
}

const ITEM_WIDTH = TEXT_WIDTH.itemColumn(50, 2);

function quantityTable(destination: Destination, context: DocumentContext): Content {
  const body: TableCell[][] = [
    [headerCell('商品'), headerCell('数量', 'right')],
    ...destination.lines.map((line) => [
      {
        stack: [
          wrapped(printName(context.run, line.sku, line.name), ITEM_WIDTH),
          ...(line.options === '' ? [] : [wrapped(line.options, ITEM_WIDTH, { fontSize: 8, color: '#555555' })]),
        ],
      },
      right(String(line.quantity)),
    ]),
  ];
  return { table: { headerRows: 1, widths: ['*', 50], body }, margin: [0, 8, 0, 0] };
}
