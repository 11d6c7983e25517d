/**
 * A 楽天 RMS order CSV of any size, in CP932 like the real download, written from the demo-data generator so the rows
 * carry realistic Japanese names, addresses, gift orders and several destinations.
 */
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { DateTime } from 'luxon';
import type { Person } from '../../domain/order/order-data';
import { demoOrder, seededRandom } from '../../infrastructure/cli/demo/demo-orders';

const FIXTURE = path.join(__dirname, '../fixtures/import/rakuten-rms.csv');

/** The header of the fixture, which is a real download's header. */
export const rakutenHeader = (): string[] =>
  iconv
    .decode(readFileSync(FIXTURE), 'cp932')
    .split('\r\n')[0]!
    .split(',')
    .map((h) => h.replace(/^"|"$/g, ''));

const personColumns = (prefix: '注文者' | '送付先', p: Person): Record<string, string> => {
  const [family, given] = p.name.split(' ');
  const [familyKana, givenKana] = p.kana.split(' ');
  const [zip1, zip2] = p.postalCode.split('-');
  const [phone1, phone2, phone3] = p.phone.split('-');
  return {
    [`${prefix}姓`]: family ?? '',
    [`${prefix}名`]: given ?? '',
    [`${prefix}姓カナ`]: familyKana ?? '',
    [`${prefix}名カナ`]: givenKana ?? '',
    [`${prefix}郵便番号1`]: zip1 ?? '',
    [`${prefix}郵便番号2`]: zip2 ?? '',
    [`${prefix}住所都道府県`]: p.prefecture,
    [`${prefix}住所郡市区`]: p.city,
    [`${prefix}住所それ以降の住所`]: `${p.street} ${p.building}`.trim(),
    [`${prefix}電話番号1`]: phone1 ?? '',
    [`${prefix}電話番号2`]: phone2 ?? '',
    [`${prefix}電話番号3`]: phone3 ?? '',
  };
};

/**
 * Writes `orders` orders numbered from `first` and answers how many rows (one per item) the file has. Files with
 * different `first` hold different orders (for several imports of new orders into one shop).
 */
export async function writeRakutenFile(file: string, orders: number, first = 1): Promise<number> {
  const header = rakutenHeader();
  const out = createWriteStream(file);
  const write = async (fields: readonly string[]) => {
    if (!out.write(iconv.encode(stringify([fields], { quoted: true, record_delimiter: '\r\n' }), 'cp932')))
      await once(out, 'drain');
  };
  await write(header);
  const random = seededRandom(20261130 + first - 1);
  const now = new Date('2026-11-30T09:00:00+09:00');
  let rows = 0;
  for (let n = first; n < first + orders; n++) {
    const { mallData, orderNumber } = demoOrder(random, 'bench', { id: 'bench-shop', mall: 'rakuten' }, n, now);
    const a = mallData.amounts;
    const order: Record<string, string> = {
      注文番号: orderNumber,
      ステータス: '新規受付',
      注文日時: DateTime.fromISO(mallData.orderedAt).setZone('Asia/Tokyo').toFormat('yyyy-MM-dd HH:mm:ss'),
      支払方法名: mallData.payment.label,
      商品合計金額: String(a.goods),
      送料合計: String(a.shipping),
      代引料合計: String(a.codFee),
      合計金額: String(a.total),
      請求金額: String(a.billed),
      ポイント利用額: String(a.pointsUsed),
      クーポン利用総額: String(a.coupons),
      ラッピング料金1: String(a.wrapping),
      のし: mallData.gift.noshi,
      ラッピング名1: mallData.gift.wrapping,
      ギフト配送希望: mallData.gift.isGift ? '1' : '0',
      コメント: mallData.buyerRemarks,
      注文者メールアドレス: mallData.orderer.email,
      ...personColumns('注文者', mallData.orderer),
    };
    for (const [d, destination] of mallData.destinations.entries()) {
      for (const line of destination.lines) {
        const values: Record<string, string> = {
          ...order,
          送付先ID: String(n * 10 + d),
          ...personColumns('送付先', destination.recipient),
          お届け日指定: destination.delivery.desiredDate ?? '',
          お届け時間帯: destination.delivery.timeSlot ?? '',
          商品番号: line.sku,
          商品名: line.name,
          項目・選択肢: line.options,
          単価: String(line.unitPrice),
          個数: String(line.quantity),
          税率: String(line.taxRate),
        };
        await write(header.map((h) => values[h] ?? ''));
        rows++;
      }
    }
  }
  out.end();
  await once(out, 'finish');
  return rows;
}
