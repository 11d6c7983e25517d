import * as E from 'fp-ts/Either';
import { ColumnMapping } from '../../../../application/import/column-mapping';
import { parseFlag, withPrefecture } from '../../../../application/import/field-values';
import { BUILT_IN_FORMATS } from '../../../../application/import/formats';
import { BASE } from '../../../../application/import/formats/base';
import { STANDARD } from '../../../../application/import/formats/standard';

const person = (prefecture: string, city: string, street: string) => ({
  name: '髙橋 花子',
  kana: '',
  postalCode: '',
  prefecture,
  city,
  street,
  building: '',
  phone: '',
  email: '',
});

describe('the prefecture of an address given in one column', () => {
  test.each([
    ['', '', '東京都渋谷区神宮前１－２－３', ['東京都', '', '渋谷区神宮前１－２－３']],
    ['', '', '北海道札幌市中央区', ['北海道', '', '札幌市中央区']],
    ['', '', '京都府京都市下京区', ['京都府', '', '京都市下京区']],
    ['', '', '神奈川県横浜市西区', ['神奈川県', '', '横浜市西区']],
    ['', '', '鹿児島県 鹿児島市', ['鹿児島県', '', '鹿児島市']],
    ['', '大阪府大阪市北区', '梅田１丁目', ['大阪府', '大阪市北区', '梅田１丁目']],
    ['東京都', '東京都渋谷区', '神宮前', ['東京都', '東京都渋谷区', '神宮前']],
    ['', '', '渋谷区神宮前１－２－３', ['', '', '渋谷区神宮前１－２－３']],
  ])('%s|%s|%s', (prefecture, city, street, expected) => {
    const split = withPrefecture(person(prefecture, city, street));
    expect([split.prefecture, split.city, split.street]).toEqual(expected);
  });
});

describe('flags', () => {
  test('`*` among the true values makes any text yes and only empty no', () => {
    const anyText = { ...STANDARD, trueValues: ['*'] };
    expect(parseFlag('ギフト包装（和柄）', anyText)).toBe(true);
    expect(parseFlag('  ', anyText)).toBe(false);
    expect(parseFlag('0', STANDARD)).toBe(false);
    expect(parseFlag('１', STANDARD)).toBe(true);
  });
});

describe('the mapping codec', () => {
  test('takes every built-in format, and refuses an option pattern that is no regular expression', () => {
    for (const format of BUILT_IN_FORMATS) expect(E.isRight(ColumnMapping.decode(format.mapping))).toBe(true);
    expect(E.isRight(ColumnMapping.decode({ ...BASE, optionRows: '^商品オプション「(.+' }))).toBe(false);
    expect(E.isRight(ColumnMapping.decode({ ...BASE, summedFields: ['orderNumber'] }))).toBe(false);
  });
});
