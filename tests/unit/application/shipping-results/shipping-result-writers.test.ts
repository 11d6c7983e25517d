import iconv from 'iconv-lite';
import type { ShippingResultRow } from '../../../../application/shipping-results/shipping-result-file';
import {
  SHIPPING_RESULT_WRITERS,
  shippingResultWriter,
} from '../../../../application/shipping-results/shipping-result-writers';
import type { Mall } from '../../../../domain/order/order-data';

const rows: ShippingResultRow[] = [
  {
    orderNumber: '503-1234567-1234567',
    shippedAt: '2026-12-07',
    carrier: 'yamato',
    trackingNumbers: ['444413758703', '444413758714'],
    shipmentId: '71',
    cartNumber: 'C-1',
    mallCarrierId: '1',
  },
  {
    orderNumber: 'P0000000000000000001',
    shippedAt: '2026-12-08',
    carrier: 'sagawa',
    trackingNumbers: ['512547514334'],
    shipmentId: '72',
  },
];

const text = (mall: Mall, input: readonly ShippingResultRow[] = rows) => {
  const file = shippingResultWriter(mall)!.write(input);
  return { ...file, text: iconv.decode(file.bytes, 'cp932') };
};

describe('shipping-result files', () => {
  it('Amazon: TSV, the template’s three header lines, carrier-code and carrier-name, one line per parcel', () => {
    const file = text('amazon');
    expect(file.fileName).toBe('Flat.File.ShippingConfirm.txt');
    expect(file.text).toBe(
      [
        'TemplateType=OrderFulfillment\tVersion=2011.1102\tこの行はAmazonが使用しますので変更や削除しないでください。',
        '注文番号\t注文商品番号\t出荷数\t出荷日\t配送業者コード\t配送業者名\tお問い合わせ伝票番号\t配送方法\t代金引換',
        'order-id\torder-item-id\tquantity\tship-date\tcarrier-code\tcarrier-name\ttracking-number\tship-method\tcod-collection-method',
        '503-1234567-1234567\t\t\t2026-12-07\tYamato Transport\tヤマト運輸\t444413758703\t\t',
        '503-1234567-1234567\t\t\t2026-12-07\tYamato Transport\tヤマト運輸\t444413758714\t\t',
        'P0000000000000000001\t\t\t2026-12-08\tSagawa Express\t佐川急便\t512547514334\t\t',
        '',
      ].join('\r\n'),
    );
  });

  it('Amazon: each order-item-id with its quantity, a tab in an id cannot split the record, more parcels whole-order', () => {
    const file = text('amazon', [
      {
        ...rows[0]!,
        orderItems: [
          { id: '111', quantity: 2 },
          { id: '2\t22', quantity: 1 },
        ],
      },
    ]);
    expect(file.text.split('\r\n').slice(3)).toEqual([
      '503-1234567-1234567\t111\t2\t2026-12-07\tYamato Transport\tヤマト運輸\t444413758703\t\t',
      '503-1234567-1234567\t2 22\t1\t2026-12-07\tYamato Transport\tヤマト運輸\t444413758703\t\t',
      '503-1234567-1234567\t\t\t2026-12-07\tYamato Transport\tヤマト運輸\t444413758714\t\t',
      '',
    ]);
  });

  it('Yahoo!ショッピング: ShipStatus 3, ShipCompanyCode, two numbers, ShipDate YYYYMMDD', () => {
    expect(text('yahoo').text).toBe(
      'OrderId,ShipStatus,ShipCompanyCode,ShipInvoiceNumber1,ShipInvoiceNumber2,ShipDate\r\n' +
        '503-1234567-1234567,3,1001,444413758703,444413758714,20261207\r\n' +
        'P0000000000000000001,3,1002,512547514334,,20261208\r\n',
    );
  });

  it('Qoo10, MakeShop, カラーミー, futureshop: a record per parcel', () => {
    expect(text('qoo10').text).toBe(
      '注文番号,カート番号,配送会社,送り状番号,発送日\r\n' +
        '503-1234567-1234567,C-1,ヤマト運輸,444413758703,2026/12/07\r\n' +
        '503-1234567-1234567,C-1,ヤマト運輸,444413758714,2026/12/07\r\n' +
        'P0000000000000000001,,佐川急便,512547514334,2026/12/08\r\n',
    );
    expect(text('makeshop').text.split('\r\n')[3]).toBe('P0000000000000000001,佐川急便,512547514334,2026/12/08');
    expect(text('colorme').text).toBe(
      '注文ID,配送先ID,配送伝票番号\r\n' +
        '503-1234567-1234567,71,444413758703\r\n' +
        '503-1234567-1234567,71,444413758714\r\n' +
        'P0000000000000000001,72,512547514334\r\n',
    );
    expect(text('futureshop').text.split('\r\n')[0]).toBe('受注コード,送り状番号,出荷日,配送会社');
    expect(text('futureshop').text.split('\r\n')[1]).toBe('503-1234567-1234567,444413758703,2026/12/07,ヤマト運輸');
  });

  it('EC-CUBE 出荷CSV: 出荷ID, the first number, Y-m-d', () => {
    expect(text('eccube').text).toBe(
      '出荷ID,出荷伝票番号,出荷日\r\n71,444413758703,2026-12-07\r\n72,512547514334,2026-12-08\r\n',
    );
  });

  it('BASE 発送用CSV: 17 columns, 注文ID, 配送業者ID and 伝票番号 filled (two numbers quoted in one cell)', () => {
    const [header, first, second] = text('base').text.split('\r\n');
    expect(header!.split(',')).toHaveLength(17);
    expect(first).toBe('503-1234567-1234567,,,,1,"444413758703,444413758714",,,,,,,,,,,');
    expect(second).toBe('P0000000000000000001,,,,,512547514334,,,,,,,,,,,');
  });

  it('楽天 (for staff): deliveryCompany codes and names', () => {
    expect(text('rakuten').text.split('\r\n').slice(0, 2)).toEqual([
      '注文番号,発送日,配送会社コード,配送会社,お問い合わせ番号',
      '503-1234567-1234567,2026-12-07,1001,ヤマト運輸,444413758703',
    ]);
  });

  it('CP932 keeps 髙, ①, ㈱ and ～ in a cell, and quotes a comma', () => {
    const file = text('colorme', [{ ...rows[1]!, orderNumber: '髙①㈱～,x' }]);
    expect(file.text.split('\r\n')[1]).toBe('"髙①㈱～,x",72,512547514334');
    expect(file.bytes.includes(Buffer.from('髙', 'utf8'))).toBe(false);
  });

  it('the registry holds the nine malls that take a file', () => {
    expect(Object.keys(SHIPPING_RESULT_WRITERS).sort()).toEqual(
      ['amazon', 'base', 'colorme', 'eccube', 'futureshop', 'makeshop', 'qoo10', 'rakuten', 'yahoo'].sort(),
    );
    expect(shippingResultWriter('phone')).toBeUndefined();
  });
});
