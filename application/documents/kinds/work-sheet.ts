import { toSVG } from 'bwip-js/node';
import type { Content, TableCell } from 'pdfmake';
import type { Carrier } from '../../../domain/shared/carrier';
import type { Destination } from '../../../domain/order/order-data';
import type { DocumentOrder } from '../document-input';
import { japaneseDate } from '../document-format';
import {
  headerCell,
  labelledRows,
  oneLine,
  personBlock,
  printName,
  right,
  title,
  type DocumentContext,
} from '../document-parts';

const CARRIER_NAMES: Readonly<Record<Carrier, string>> = {
  yamato: 'ヤマト運輸',
  sagawa: '佐川急便',
  japanpost: '日本郵便',
  seino: '西濃運輸',
  fukuyama: '福山通運',
  other: 'その他',
};

/**
 * The order number as a Code 128 barcode, as SVG paths: vector, so it scans at any printer resolution, and made
 * here without a canvas so the definition stays a pure value. The number is printed below it as text.
 */
export function orderNumberBarcode(orderNumber: string): Content {
  return {
    stack: [
      { svg: toSVG({ bcid: 'code128', text: orderNumber, scale: 1, height: 12 }), width: 200 },
      { ...oneLine(orderNumber), fontSize: 9, alignment: 'center' },
    ],
  };
}

/** 発送作業書: for the packer, one per destination: what goes in the parcel, how it is wrapped and sent. */
export function workSheet(
  order: DocumentOrder,
  destination: Destination,
  index: number,
  context: DocumentContext,
): Content {
  const data = order.mallData;
  const shop = order.shopData;
  const count = data.destinations.length;
  const gift = data.gift;
  return {
    stack: [
      title('発送作業書'),
      {
        columns: [
          {
            width: '*',
            stack: [
              labelledRows([
                ['ご注文番号', order.orderNumber],
                ['ショップ', context.shop.shopName],
                ['ご注文日', japaneseDate(data.orderedAt)],
                ...(count > 1 ? [['送付先', `${index + 1} / ${count}`] as const] : []),
                ['出荷予定日', shop.plannedShipDate === null ? '未定' : japaneseDate(shop.plannedShipDate)],
                [
                  '配送方法',
                  shop.shipping === null
                    ? '未設定'
                    : `${CARRIER_NAMES[shop.shipping.carrier]} ${shop.shipping.slipType}`,
                ],
                ...(destination.delivery.desiredDate === null
                  ? []
                  : [['お届け希望日', japaneseDate(destination.delivery.desiredDate)] as const]),
                ...(destination.delivery.timeSlot === null ? [] : [['時間帯', destination.delivery.timeSlot] as const]),
              ]),
            ],
          },
          { width: 200, stack: [orderNumberBarcode(order.orderNumber)] },
        ],
      },
      {
        columns: [
          { width: '*', stack: [personBlock('お届け先', destination.recipient)] },
          { width: '*', stack: [personBlock('ご注文者', data.orderer)] },
        ],
        margin: [0, 6, 0, 6],
      },
      labelledRows([
        ['ギフト', gift.isGift ? 'あり' : 'なし'],
        ...(gift.noshi === '' ? [] : [['のし', gift.noshi] as const]),
        ...(gift.wrapping === '' ? [] : [['ラッピング', gift.wrapping] as const]),
        ...(shop.slipNote === '' ? [] : [['伝票備考', shop.slipNote] as const]),
        ...(shop.individualMessage === '' ? [] : [['個別メッセージ', shop.individualMessage] as const]),
        ...(data.buyerRemarks === '' ? [] : [['お客様備考', data.buyerRemarks] as const]),
      ]),
      lineTable(destination, context),
    ],
  };
}

function lineTable(destination: Destination, context: DocumentContext): Content {
  const body: TableCell[][] = [
    [headerCell('確認', 'center'), headerCell('SKU'), headerCell('商品'), headerCell('数量', 'right')],
    ...destination.lines.map((line) => [
      { ...oneLine('□'), alignment: 'center' as const, fontSize: 12 },
      oneLine(line.sku),
      {
        stack: [
          { text: printName(context.run, line.sku, line.name) },
          ...(line.options === '' ? [] : [{ text: line.options, fontSize: 8, color: '#555555' }]),
        ],
      },
      { ...right(String(line.quantity), true), fontSize: 12 },
    ]),
  ];
  return { table: { headerRows: 1, widths: [28, 90, '*', 40], body }, margin: [0, 8, 0, 0] };
}
