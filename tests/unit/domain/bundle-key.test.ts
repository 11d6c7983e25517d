import { bundleKeyOf, bundleKeyOfOrder } from '../../../domain/order/bundle-key';
import type { Person } from '../../../domain/order/order-data';
import { mallData, recipient } from '../../support/order-fixtures';

const person: Person = {
  name: '髙橋 太郎',
  kana: '',
  postalCode: '150-0001',
  prefecture: '東京都',
  city: '渋谷区神宮前',
  street: '1-2-3',
  building: 'メゾン① 201',
  phone: '090-1234-5678',
  email: '',
};

describe('同梱 key: one recipient at one place, however it is spelled', () => {
  test('full-width digits, dash variants, spaces and 髙/高 give the same key', () => {
    const typed: Person = {
      ...person,
      name: '高橋　太郎',
      postalCode: '１５０－０００１',
      street: '１－２－３',
      building: 'メゾン①　２０１',
      phone: '０９０ー１２３４ー５６７８',
    };
    expect(bundleKeyOf(typed)).toBe(bundleKeyOf(person));
    expect(bundleKeyOf(person)).toBe('高橋太郎|1500001|東京都渋谷区神宮前1-2-3メゾン1201|09012345678');
  });

  test('㈱ and （株）, half-width and full-width kana are one name', () => {
    const a = { ...person, name: '㈱ﾀｶｼﾏ商店' };
    const b = { ...person, name: '（株）タカシマ商店' };
    expect(bundleKeyOf(a)).toBe(bundleKeyOf(b));
  });

  test('another name, postal code, address or phone is another key', () => {
    const key = bundleKeyOf(person);
    expect(bundleKeyOf({ ...person, name: '髙橋 花子' })).not.toBe(key);
    expect(bundleKeyOf({ ...person, postalCode: '150-0002' })).not.toBe(key);
    expect(bundleKeyOf({ ...person, street: '1-2-4' })).not.toBe(key);
    expect(bundleKeyOf({ ...person, phone: '090-1234-5679' })).not.toBe(key);
  });

  test('no key without a name, a 7-digit postal code or an address', () => {
    expect(bundleKeyOf({ ...person, name: ' ' })).toBeNull();
    expect(bundleKeyOf({ ...person, postalCode: '150-001' })).toBeNull();
    expect(bundleKeyOf({ ...person, prefecture: '', city: '', street: '', building: '' })).toBeNull();
  });

  test('only a single-destination order has a key', () => {
    expect(bundleKeyOfOrder(mallData.destinations)).toBe(bundleKeyOf(recipient));
    expect(bundleKeyOfOrder([mallData.destinations[0]!, mallData.destinations[0]!])).toBeNull();
  });
});
