import { Settings } from 'luxon';
import { MERGE_FIELDS, type MergeContext, mergeValues } from '../../../../application/mail/merge-fields';
import type { OrderEvent } from '../../../../domain/order/events';
import type { MallOrderData } from '../../../../domain/order/order-data';
import { evolveOrder, type ExistingOrder, type OrderState } from '../../../../domain/order/state';
import { imported, mallData, orderer, recipient, shopData } from '../../../support/order-fixtures';

const context: MergeContext = {
  shopName: '髙島商店 楽天市場店',
  signature: '――――――――\n㈱髙島商店\nTEL 03-1234-5678',
  myPageUrl: 'https://shop.example.jp/my/o-1?t=abc',
  purchaseCount: 3,
};

const orderOf = (data: Partial<MallOrderData>, ...events: OrderEvent[]): ExistingOrder => {
  const start: OrderEvent = { ...imported, data: { ...imported.data, mallData: { ...mallData, ...data } } };
  return [start, ...events].reduce<OrderState>(evolveOrder, { exists: false }) as ExistingOrder;
};

const tracked = (
  destinationIndex: number,
  carrier: 'yamato' | 'sagawa' | 'other',
  trackingNumber: string,
): OrderEvent => ({
  type: 'TrackingNumberSet',
  data: { orderId: 'o-1', destinationIndex, carrier, trackingNumber, previous: null, source: 'staff', importId: null },
});

const giftToTwo: Partial<MallOrderData> = {
  destinations: [
    mallData.destinations[0]!,
    {
      recipient: {
        ...recipient,
        name: '﨑山 花子',
        postalCode: '060-0001',
        prefecture: '北海道',
        city: '札幌市中央区',
        street: '北1条西2丁目',
        building: 'ｻﾝﾗｲｽﾞﾏﾝｼｮﾝ②',
      },
      lines: [{ sku: 'TOWEL-1', name: 'ｶﾞｰｾﾞﾀｵﾙ', options: '', unitPrice: 1650, quantity: 1, taxRate: 10 }],
      delivery: { desiredDate: null, timeSlot: null },
    },
  ],
};

describe('mergeValues', () => {
  it('gives every field its text for a one-destination order with a tracking number', () => {
    const order = orderOf({}, tracked(0, 'yamato', '444413758703'));
    const values = mergeValues(
      { ...order, shopData: { ...shopData, individualMessage: 'のし紙①を承りました' } },
      context,
    );
    expect(values).toEqual({
      注文番号: '123456-20261130-0000001',
      注文日: '2026年11月30日',
      注文者名: '髙橋 太郎',
      商品明細: [
        '・静岡茶①～特選～（容量:100g）',
        '　¥1,080 × 2 ＝ ¥2,160',
        '・有田焼 湯呑み',
        '　¥2,200 × 1 ＝ ¥2,200',
        '',
        '商品合計：¥4,360',
        '送料：¥660',
        'ポイント利用：−¥100',
        'クーポン利用：−¥200',
      ].join('\n'),
      合計金額: '¥4,720',
      支払方法: '銀行振込',
      お届け先: '㈱髙島商店 御中\n〒530-0001\n大阪府大阪市北区梅田3丁目1番',
      配送業者: 'ヤマト運輸',
      伝票番号: '444413758703',
      追跡URL: 'https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=444413758703',
      お届け予定日: '2026年12月5日 14:00～16:00',
      差込メッセージ: 'のし紙①を承りました',
      購入回数: '3',
      マイページURL: 'https://shop.example.jp/my/o-1?t=abc',
      ショップ名: '髙島商店 楽天市場店',
      署名: '――――――――\n㈱髙島商店\nTEL 03-1234-5678',
    });
    expect(Object.keys(values)).toEqual(MERGE_FIELDS.map((field) => field.name));
  });

  it('a gift to two destinations lists each destination, numbered, with its own carrier, number and link', () => {
    const order = orderOf(giftToTwo, tracked(0, 'yamato', '444413758703'), tracked(1, 'sagawa', '512547514334'));
    const values = mergeValues(order, context);
    expect(values.お届け先).toBe(
      [
        '【送付先1】',
        '㈱髙島商店 御中',
        '〒530-0001',
        '大阪府大阪市北区梅田3丁目1番',
        '',
        '【送付先2】',
        '﨑山 花子 様',
        '〒060-0001',
        '北海道札幌市中央区北1条西2丁目',
        'ｻﾝﾗｲｽﾞﾏﾝｼｮﾝ②',
      ].join('\n'),
    );
    expect(values.配送業者).toBe('送付先1：ヤマト運輸\n送付先2：佐川急便');
    expect(values.伝票番号).toBe('送付先1：444413758703\n送付先2：512547514334');
    expect(values.追跡URL).toBe(
      '送付先1：https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=444413758703\n' +
        '送付先2：https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=512547514334',
    );
    expect(values.お届け予定日).toBe('送付先1：2026年12月5日 14:00～16:00');
    expect(values.商品明細).toContain('【送付先1】\n・静岡茶①～特選～（容量:100g）');
    expect(values.商品明細).toContain('【送付先2】\n・ｶﾞｰｾﾞﾀｵﾙ\n　¥1,650 × 1 ＝ ¥1,650');
  });

  it('a cash-on-delivery order names its payment and shows the fee in the breakdown', () => {
    const order = orderOf({
      payment: { method: 'cash_on_delivery', label: '' },
      amounts: { ...mallData.amounts, codFee: 330, pointsUsed: 0, coupons: 0, total: 5350, billed: 5350 },
    });
    const values = mergeValues(order, context);
    expect(values.支払方法).toBe('代金引換');
    expect(values.合計金額).toBe('¥5,350');
    expect(values.商品明細).toMatch(/送料：¥660\n代引手数料：¥330$/);
  });

  it('what the order lacks is the empty text: no number, link, date, message, count or page yet', () => {
    const order = orderOf({
      ...giftToTwo,
      destinations: giftToTwo.destinations!.map((d) => ({ ...d, delivery: { desiredDate: null, timeSlot: null } })),
    });
    const values = mergeValues(
      { ...order, shopData: { ...order.shopData, shipping: null } },
      { ...context, myPageUrl: null, purchaseCount: null },
    );
    for (const field of [
      '配送業者',
      '伝票番号',
      '追跡URL',
      'お届け予定日',
      '差込メッセージ',
      '購入回数',
      'マイページURL',
    ] as const)
      expect([field, values[field]]).toEqual([field, '']);
    expect(Object.values(values).join('')).not.toMatch(/undefined|null|NaN/);
  });

  it('a desired date is that day whatever the zone the server runs in', () => {
    // jest's process.env does not reach the clock's zone: luxon's default zone stands for the server's.
    const zone = Settings.defaultZone;
    try {
      Settings.defaultZone = 'Pacific/Kiritimati';
      expect(mergeValues(orderOf({}), context).お届け予定日).toBe('2026年12月5日 14:00～16:00');
      Settings.defaultZone = 'Pacific/Honolulu';
      expect(mergeValues(orderOf({ orderedAt: '2026-11-30T00:15:00+09:00' }), context).注文日).toBe('2026年11月30日');
    } finally {
      Settings.defaultZone = zone;
    }
  });

  it("a warehouse's own carrier ('other') is named by its slip type and has no tracking link", () => {
    const order = orderOf({}, tracked(0, 'other', '12345678'));
    const values = mergeValues(
      { ...order, shopData: { ...shopData, shipping: { carrier: 'other', slipType: 'ｴｺ配便' } } },
      context,
    );
    expect([values.配送業者, values.伝票番号, values.追跡URL]).toEqual(['ｴｺ配便', '12345678', '']);
  });

  it('before a number is set the carrier the shop planned is named; one destination with a number lists only that one', () => {
    const values = mergeValues(orderOf(giftToTwo, tracked(1, 'sagawa', '512547514334')), context);
    expect(values.配送業者).toBe('送付先1：ヤマト運輸\n送付先2：佐川急便');
    expect(values.伝票番号).toBe('送付先2：512547514334');
    expect(values.注文者名).toBe(orderer.name);
  });
});
