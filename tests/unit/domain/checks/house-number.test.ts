import { checkHouseNumber } from '../../../../domain/checks/house-number';
import { checkedOrder, destinationTo, orderTo } from '../../../support/check-fixtures';

describe('番地未入力', () => {
  test.each([
    ['half-width digits', { street: '梅田3-1', building: '' }],
    ['full-width digits', { street: '梅田３－１', building: '' }],
    ['kanji numerals with 丁目', { street: '梅田三丁目', building: '' }],
    ['kanji numerals with 番地', { street: '梅田十二番地', building: '' }],
    ['kanji numerals with 号', { street: '梅田一番五号', building: '' }],
    ['the number only in the building field', { street: '梅田', building: '３－１ 梅田ビル' }],
    ['the whole address in the city field', { city: '大阪市北区梅田3-1', street: '', building: '' }],
    ['「番地なし」 written', { street: '梅田 番地なし', building: '' }],
  ])('given %s, nothing trips', (_, recipient) => expect(checkHouseNumber(orderTo(recipient))).toEqual([]));

  test('given no number anywhere, it trips with the address as written', () =>
    expect(checkHouseNumber(orderTo({ city: '大阪市北区', street: '梅田', building: 'メゾン梅田' }))).toEqual([
      { check: 'house_number', destinationIndex: 0, data: { address: '大阪府大阪市北区梅田メゾン梅田' } },
    ]));

  test('given kanji that are a town name, not a number (一番町), it trips', () =>
    expect(checkHouseNumber(orderTo({ city: '千代田区', street: '一番町', building: '' }))).toHaveLength(1));

  test('given two destinations, only the one without a number trips, with its index', () => {
    const order = checkedOrder({
      mallData: { destinations: [destinationTo({}), destinationTo({ street: '梅田', building: '' })] },
    });
    expect(checkHouseNumber(order).map((f) => f.destinationIndex)).toEqual([1]);
  });
});
