import { checkBlacklist } from '../../../../domain/checks/blacklist';
import type { BlacklistedCustomer } from '../../../../domain/checks/check-context';
import { checkContext, checkedOrder, orderTo } from '../../../support/check-fixtures';

/** The fixture's recipient ㈱髙島商店, written the way the customer register keeps it. */
const takashima: BlacklistedCustomer = {
  customerId: 'customer-9',
  name: '(株)髙島商店',
  phone: '06(1234)5678',
  postalCode: '5300001',
  address: '大阪府大阪市北区梅田3丁目1番',
  reason: '受取拒否2回',
};

describe('ブラックリスト', () => {
  test("given the buyer's customer is blacklisted, it trips for the order", () =>
    expect(checkBlacklist(checkedOrder({ customerBlacklisted: true }), checkContext())).toEqual([
      { check: 'blacklist', destinationIndex: null, data: { matchedBy: 'customer' } },
    ]));

  test("given a blacklisted customer with the recipient's name and phone written otherwise, it trips by name and phone", () =>
    expect(
      checkBlacklist(
        orderTo({ postalCode: '100-0001', prefecture: '東京都', city: '千代田区', street: '千代田1-1' }),
        checkContext({ blacklist: [takashima] }),
      ),
    ).toEqual([
      {
        check: 'blacklist',
        destinationIndex: 0,
        data: { matchedBy: 'name_phone', customerId: 'customer-9', name: '(株)髙島商店', reason: '受取拒否2回' },
      },
    ]));

  test('given another name and phone at the same postal code and address, it trips by address', () =>
    expect(
      checkBlacklist(
        orderTo({ name: '山田 花子', phone: '090-0000-0000', prefecture: '', street: '３丁目１番' }),
        checkContext({ blacklist: [takashima] }),
      ),
    ).toMatchObject([{ destinationIndex: 0, data: { matchedBy: 'address' } }]));

  test.each(['三丁目一番地', '3-1', '３－１', '3の1', '3丁目1', ' ３丁目 １番 '])(
    'given the same address with the house number written %s and the postal code with 〒, it trips by address',
    (street) =>
      expect(
        checkBlacklist(
          orderTo({ name: '山田 花子', phone: '090-0000-0000', postalCode: '〒５３０－０００１', street }),
          checkContext({ blacklist: [takashima] }),
        ),
      ).toMatchObject([{ destinationIndex: 0, data: { matchedBy: 'address', customerId: 'customer-9' } }]),
  );

  test.each(['3-2', '三丁目二番', '13-1', '3-1-5'])('given another house number (%s), nothing trips', (street) =>
    expect(
      checkBlacklist(
        orderTo({ name: '山田 花子', phone: '090-0000-0000', street }),
        checkContext({ blacklist: [takashima] }),
      ),
    ).toEqual([]),
  );

  test('given the orderer (髙橋 太郎, ０９０－…) matches, it trips for the orderer', () => {
    const entry = { ...takashima, name: '髙橋太郎', phone: '09012345678', postalCode: '', address: '' };
    expect(checkBlacklist(checkedOrder(), checkContext({ blacklist: [entry] }))).toMatchObject([
      { destinationIndex: null, data: { matchedBy: 'name_phone' } },
    ]);
  });

  test('given the same name with another phone, or the same address at another postal code, nothing trips', () => {
    const otherPhone = { ...takashima, phone: '06-9999-9999', address: '' };
    const otherCode = { ...takashima, phone: '', postalCode: '530-0002' };
    expect(checkBlacklist(checkedOrder(), checkContext({ blacklist: [otherPhone, otherCode] }))).toEqual([]);
  });

  test('given no blacklist and a customer not blacklisted, nothing trips', () =>
    expect(checkBlacklist(checkedOrder(), checkContext())).toEqual([]));
});
