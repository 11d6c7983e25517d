import { checkCautionArea } from '../../../../domain/checks/caution-area';
import type { CautionArea } from '../../../../domain/checks/check-finding';
import { SHIPPED_CAUTION_AREAS } from '../../../../domain/checks/shipped-caution-areas';
import { kenAllLookup } from '../../../../infrastructure/postal/ken-all-lookup';
import { checkContext, checkedOrder, orderTo } from '../../../support/check-fixtures';

const yonaguni = { postalCode: '907-1801', prefecture: '沖縄県', city: '八重山郡与那国町', street: '字与那国100' };

describe('要注意発送地域 and 離島', () => {
  test('given 907-1801 (与那国) and the shipped areas, it trips with the labels and the note', () =>
    expect(checkCautionArea(orderTo(yonaguni), checkContext())).toEqual([
      {
        check: 'caution_area',
        destinationIndex: 0,
        data: {
          source: 'table',
          place: '沖縄県八重山郡与那国町',
          labels: '離島・中継料',
          note: '沖縄県八重山郡与那国町（与那国島）',
          areaIds: 'shipped-yonaguni',
        },
      },
    ]));

  test('given the fixture order to 大阪市北区, nothing trips', () =>
    expect(checkCautionArea(checkedOrder(), checkContext())).toEqual([]));

  test('the shipped ranges hold islands only: their ends are codes KEN_ALL has, in the islands named', () => {
    for (const area of SHIPPED_CAUTION_AREAS) {
      const codes = area.key.kind === 'postal_range' ? [area.key.from, area.key.to] : [];
      for (const code of codes) expect(kenAllLookup(code)).toBeDefined();
    }
    expect(kenAllLookup('097-0037')?.[0]?.city).toBe('稚内市'); // the mainland code just below 利尻・礼文
    expect(checkCautionArea(orderTo({ postalCode: '097-0037' }), checkContext())).toEqual([]);
    expect(checkCautionArea(orderTo({ postalCode: '097-0100' }), checkContext())).toHaveLength(1);
  });

  const area = (key: CautionArea['key'], change: Partial<CautionArea> = {}): CautionArea => ({
    id: 'a1',
    key,
    labels: ['代引不可'],
    carriers: [],
    note: 'テスト',
    ...change,
  });

  test.each([
    ['a postal code written full-width', area({ kind: 'postal', code: '５３０－０００１' })],
    ['a range that includes it (inclusive)', area({ kind: 'postal_range', from: '530-0001', to: '530-0001' })],
    ['a prefecture+city prefix', area({ kind: 'address_prefix', prefix: '大阪府大阪市北区梅田' })],
  ])('given %s, the fixture destination trips', (_, entry) =>
    expect(checkCautionArea(checkedOrder(), checkContext({ cautionAreas: [entry] }))).toMatchObject([
      { destinationIndex: 0, data: { labels: '代引不可', note: 'テスト', areaIds: 'a1' } },
    ]),
  );

  test('given a prefix with the prefecture and an address written without it, it trips', () =>
    expect(
      checkCautionArea(
        orderTo({ prefecture: '' }),
        checkContext({ cautionAreas: [area({ kind: 'address_prefix', prefix: '大阪府大阪市北区' })] }),
      ),
    ).toHaveLength(1));

  test('given a range just beside the code, or a prefix of another city, nothing trips', () =>
    expect(
      checkCautionArea(
        checkedOrder(),
        checkContext({
          cautionAreas: [
            area({ kind: 'postal_range', from: '530-0002', to: '530-0099' }),
            area({ kind: 'address_prefix', prefix: '大阪府大阪市中央区' }),
          ],
        }),
      ),
    ).toEqual([]));

  test('given an area kept for sagawa only, a yamato order does not trip and a sagawa order does', () => {
    const sagawaOnly = [area({ kind: 'postal', code: '530-0001' }, { carriers: ['sagawa'] })];
    expect(checkCautionArea(checkedOrder(), checkContext({ cautionAreas: sagawaOnly }))).toEqual([]);
    const bySagawa = checkedOrder({ shopData: { shipping: { carrier: 'sagawa', slipType: '元払い' } } });
    expect(checkCautionArea(bySagawa, checkContext({ cautionAreas: sagawaOnly }))).toHaveLength(1);
  });

  test('given 楽天\'s own 離島 flag, it trips for the order with the source "mall"', () =>
    expect(checkCautionArea(checkedOrder({ mallRemoteIsland: true }), checkContext())).toEqual([
      { check: 'caution_area', destinationIndex: null, data: { source: 'mall', labels: '離島' } },
    ]));
});
