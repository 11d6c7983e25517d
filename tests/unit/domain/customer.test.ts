import { customerDeciderFor } from '../../../application/customers/tenant-customers';
import { customerDecider, purchaseCount } from '../../../domain/customer/customer';
import type { CustomerEvent } from '../../../domain/customer/events';
import { customerIdentityKey, normaliseEmail, normalisePhone } from '../../../domain/customer/identity';
import { customerIdFor } from '../../../domain/shared/ids';
import { deciderSpecification } from '../../support/decider-specification';

describe('customer identity', () => {
  test.each([
    ['０９０－１２３４－５６７８', '09012345678'],
    ['090-1234-5678', '09012345678'],
    ['０９０ー１２３４ー５６７８', '09012345678'],
    ['03 (1234) 5678', '0312345678'],
    ['０３‐１２３４−５６７８', '0312345678'],
    ['０９０　１２３４　５６７８', '09012345678'],
  ])('the phone %p is %p', (phone, expected) => expect(normalisePhone(phone)).toBe(expected));

  test.each([
    ['ＴＡＲＯ＠Example.JP', 'taro@example.jp'],
    [' Taro@Example.jp　', 'taro@example.jp'],
    ['ｔａｒｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ', 'taro.yamada@example.jp'],
  ])('the e-mail %p is %p', (email, expected) => expect(normaliseEmail(email)).toBe(expected));

  test('the e-mail identifies a customer before the phone', () =>
    expect(customerIdentityKey({ email: 'ＴＡＲＯ＠Example.JP', phone: '０９０－１２３４－５６７８' })).toBe('email:taro@example.jp'));

  test('without an e-mail the phone identifies the customer', () =>
    expect(customerIdentityKey({ email: ' ', phone: '０９０－１２３４－５６７８' })).toBe('phone:09012345678'));

  test('without either there is no customer', () => expect(customerIdentityKey({ email: '', phone: '　' })).toBeNull());

  test('the same buyer typed two ways is one customer', () =>
    expect(customerIdFor('t-1', customerIdentityKey({ email: 'ＴＡＲＯ＠Example.JP', phone: '' })!)).toBe(
      customerIdFor('t-1', customerIdentityKey({ email: 'taro@example.jp', phone: '' })!),
    ));

  test('the same buyer at two tenants is two customers', () => expect(customerIdFor('t-1', 'email:a@b.jp')).not.toBe(customerIdFor('t-2', 'email:a@b.jp')));
});

const spec = deciderSpecification(customerDecider);
const customerId = 'c-1';
const buyer = { name: '髙橋 太郎', kana: 'ﾀｶﾊｼ ﾀﾛｳ', email: 'ＴＡＲＯ＠Example.JP', phone: '０９０－１２３４－５６７８' };
const purchase = { type: 'RecordPurchase', customerId, tenantId: 't-1', identityKey: 'email:taro@example.jp', buyer, orderId: 'o-1', orderNumber: '387215-20261130-0000001', shopId: 'shop-1', orderedAt: '2026-11-30T10:15:00+09:00', billed: 4720 } as const;
const registered: CustomerEvent = { type: 'CustomerRegistered', data: { customerId, tenantId: 't-1', identityKey: 'email:taro@example.jp', ...buyer } };
const first: CustomerEvent = { type: 'CustomerPurchaseRecorded', data: { customerId, orderId: 'o-1', orderNumber: '387215-20261130-0000001', shopId: 'shop-1', orderedAt: '2026-11-30T10:15:00+09:00', billed: 4720 } };
const blacklisted: CustomerEvent = { type: 'CustomerBlacklisted', data: { customerId, reason: '受取拒否が2回' } };

describe('Customer', () => {
  test('the first purchase registers the customer', () => spec.given([]).when(purchase).then([registered, first]));

  test('a later purchase is added to the history', () =>
    spec
      .given([registered, first])
      .when({ ...purchase, orderId: 'o-2', orderNumber: '387215-20261201-0000002', orderedAt: '2026-12-01T09:00:00+09:00', billed: 1080 })
      .then([{ type: 'CustomerPurchaseRecorded', data: { customerId, orderId: 'o-2', orderNumber: '387215-20261201-0000002', shopId: 'shop-1', orderedAt: '2026-12-01T09:00:00+09:00', billed: 1080 } }]));

  test('the purchase count follows the history', () =>
    expect(
      purchaseCount(
        [registered, first, { ...first, data: { ...first.data, orderId: 'o-2' } }, { type: 'CustomerPurchaseWithdrawn', data: { customerId, orderId: 'o-1' } } as CustomerEvent].reduce(
          customerDecider.evolve,
          customerDecider.initialState(),
        ),
      ),
    ).toBe(1));

  test('a re-imported order is not counted twice', () => spec.given([registered, first]).when(purchase).then([]));

  test('an amount that is not whole yen is refused', () => spec.given([]).when({ ...purchase, billed: 10.5 }).thenRefuses('customer.invalid_amount'));

  test('a cancelled order is withdrawn from the history', () =>
    spec.given([registered, first]).when({ type: 'WithdrawPurchase', orderId: 'o-1' }).then([{ type: 'CustomerPurchaseWithdrawn', data: { customerId, orderId: 'o-1' } }]));

  test('a withdrawn order can be recorded again', () =>
    spec.given([registered, first, { type: 'CustomerPurchaseWithdrawn', data: { customerId, orderId: 'o-1' } }]).when(purchase).then([first]));

  test('withdrawing an order not in the history changes nothing', () => spec.given([registered, first]).when({ type: 'WithdrawPurchase', orderId: 'o-9' }).then([]));

  test('a customer is blacklisted with a reason', () =>
    spec.given([registered, first]).when({ type: 'BlacklistCustomer', reason: ' 受取拒否が2回 ' }).then([blacklisted]));

  test('a blacklisting needs a reason', () => spec.given([registered]).when({ type: 'BlacklistCustomer', reason: '　' }).thenRefuses('customer.blacklist_reason_required'));

  test('a blacklisted customer is not blacklisted again', () =>
    spec.given([registered, blacklisted]).when({ type: 'BlacklistCustomer', reason: 'x' }).thenRefuses('customer.already_blacklisted', '受取拒否が2回'));

  test('a customer is removed from the blacklist', () =>
    spec.given([registered, blacklisted]).when({ type: 'RemoveCustomerFromBlacklist' }).then([{ type: 'CustomerRemovedFromBlacklist', data: { customerId } }]));

  test('a customer not on the blacklist cannot be removed from it', () =>
    spec.given([registered]).when({ type: 'RemoveCustomerFromBlacklist' }).thenRefuses('customer.not_blacklisted'));

  test('an unknown customer cannot be blacklisted', () => spec.given([]).when({ type: 'BlacklistCustomer', reason: 'x' }).thenRefuses('customer.not_found'));

  test("another tenant's customer does not exist for a tenant's commands", () =>
    deciderSpecification(customerDeciderFor('t-2')).given([registered]).when({ type: 'BlacklistCustomer', reason: '受取拒否' }).thenRefuses('customer.not_found'));

  test("the tenant's own customer is blacklisted as usual", () =>
    deciderSpecification(customerDeciderFor('t-1')).given([registered, first]).when({ type: 'BlacklistCustomer', reason: '受取拒否が2回' }).then([blacklisted]));
});
