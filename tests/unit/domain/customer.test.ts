import { customerDecider } from '../../../domain/customer/customer';
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
    expect(customerIdentityKey({ email: 'ＴＡＲＯ＠Example.JP', phone: '０９０－１２３４－５６７８' })).toBe(
      'email:taro@example.jp',
    ));

  test('without an e-mail the phone identifies the customer', () =>
    expect(customerIdentityKey({ email: ' ', phone: '０９０－１２３４－５６７８' })).toBe('phone:09012345678'));

  test('without either there is no customer', () => expect(customerIdentityKey({ email: '', phone: '　' })).toBeNull());

  test('the same buyer typed two ways is one customer', () =>
    expect(customerIdFor('t-1', customerIdentityKey({ email: 'ＴＡＲＯ＠Example.JP', phone: '' })!)).toBe(
      customerIdFor('t-1', customerIdentityKey({ email: 'taro@example.jp', phone: '' })!),
    ));

  test('the same buyer at two tenants is two customers', () =>
    expect(customerIdFor('t-1', 'email:a@b.jp')).not.toBe(customerIdFor('t-2', 'email:a@b.jp')));
});

const spec = deciderSpecification(customerDecider);
const customerId = 'c-1';
const blacklisted: CustomerEvent = { type: 'CustomerBlacklisted', data: { customerId, reason: '受取拒否が2回' } };
// What stores written before 2026-11-30 hold on a customer's stream: it must neither break nor change a decision.
const retired: CustomerEvent[] = [
  {
    type: 'CustomerRegistered',
    data: {
      customerId,
      tenantId: 't-1',
      identityKey: 'email:taro@example.jp',
      name: '髙橋 太郎',
      kana: 'ﾀｶﾊｼ ﾀﾛｳ',
      email: 'taro@example.jp',
      phone: '',
    },
  },
  {
    type: 'CustomerPurchaseRecorded',
    data: {
      customerId,
      orderId: 'o-1',
      orderNumber: '387215-20261130-0000001',
      shopId: 'shop-1',
      orderedAt: '2026-11-30T10:15:00+09:00',
      billed: 4720,
    },
  },
  { type: 'CustomerPurchaseWithdrawn', data: { customerId, orderId: 'o-1' } },
];

describe('Customer', () => {
  test('a customer is blacklisted with a reason', () =>
    spec.given([]).when({ type: 'BlacklistCustomer', customerId, reason: ' 受取拒否が2回 ' }).then([blacklisted]));

  test('a blacklisting needs a reason', () =>
    spec
      .given([])
      .when({ type: 'BlacklistCustomer', customerId, reason: '　' })
      .thenRefuses('customer.blacklist_reason_required'));

  test('a blacklisted customer is not blacklisted again', () =>
    spec
      .given([blacklisted])
      .when({ type: 'BlacklistCustomer', customerId, reason: 'x' })
      .thenRefuses('customer.already_blacklisted', '受取拒否が2回'));

  test('a customer is removed from the blacklist', () =>
    spec
      .given([blacklisted])
      .when({ type: 'RemoveCustomerFromBlacklist', customerId })
      .then([{ type: 'CustomerRemovedFromBlacklist', data: { customerId } }]));

  test('a customer not on the blacklist cannot be removed from it', () =>
    spec.given([]).when({ type: 'RemoveCustomerFromBlacklist', customerId }).thenRefuses('customer.not_blacklisted'));

  test('a customer removed from the blacklist can be blacklisted again', () =>
    spec
      .given([blacklisted, { type: 'CustomerRemovedFromBlacklist', data: { customerId } }])
      .when({ type: 'BlacklistCustomer', customerId, reason: '受取拒否が2回' })
      .then([blacklisted]));

  test('purchases an older store recorded on the stream change no decision', () =>
    spec
      .given([...retired, blacklisted])
      .when({ type: 'BlacklistCustomer', customerId, reason: 'x' })
      .thenRefuses('customer.already_blacklisted'));
});
