import type { OrderCancelled, OrderImported } from '../../../domain/order/events';
import { customerOfBuyer } from '../../../domain/customer/identity';
import { customerChanges } from '../../../projections/customers/customers-projection';
import { recordedFor } from '../../support/decoded-events';
import { imported, mallData } from '../../support/order-fixtures';

const TENANT = '00000000-0000-4000-8000-000000000001';
const recorded = recordedFor(TENANT);
const customerId = customerOfBuyer(TENANT, mallData.orderer)!.customerId;

const importedAs = (orderId: string, orderNumber: string, billed: number): OrderImported => ({
  type: 'OrderImported',
  data: { ...imported.data, orderId, orderNumber, mallData: { ...mallData, amounts: { ...mallData.amounts, billed } } },
});

describe('customer changes, folded without a database', () => {
  test('the first order registers its buyer with the details as on it, and each order is a purchase', () => {
    const changes = customerChanges([
      recorded(importedAs('o-1', '0001', 4720), { revision: 0n, occurredAt: '2026-12-01T00:00:00.000Z' }),
      recorded(importedAs('o-2', '0002', 1000), { revision: 0n, streamName: 'order-o-2' }),
    ]);
    expect([...changes.registrations.values()]).toEqual([
      expect.objectContaining({
        customerId,
        tenantId: TENANT,
        name: '髙橋 太郎',
        email: 'ＴＡＲＯ＠Example.JP',
        registeredAt: '2026-12-01T00:00:00.000Z',
      }),
    ]);
    expect([...changes.purchases.values()].map((p) => [p.orderId, p.customerId, p.billed, p.cancelled])).toEqual([
      ['o-1', customerId, 4720, false],
      ['o-2', customerId, 1000, false],
    ]);
  });

  test('one tenant never registers the same buyer as another tenant does', () => {
    const elsewhere = recordedFor('00000000-0000-4000-8000-000000000002');
    const ours = customerChanges([recorded(imported, { revision: 0n })]);
    const theirs = customerChanges([elsewhere(imported, { revision: 0n })]);
    expect([...ours.registrations.keys()]).not.toEqual([...theirs.registrations.keys()]);
  });

  test('an order cancelled in the same batch is a cancelled purchase; one from an earlier batch is a cancellation', () => {
    const cancel = (orderId: string) =>
      recorded<OrderCancelled>(
        { type: 'OrderCancelled', data: { orderId, from: 'new', reason: 'お客様都合', byMall: false } },
        { revision: 1n, streamName: `order-${orderId}` },
      );
    const changes = customerChanges([
      recorded(importedAs('o-1', '0001', 4720), { revision: 0n }),
      cancel('o-1'),
      cancel('o-9'),
    ]);
    expect(changes.purchases.get('o-1')?.cancelled).toBe(true);
    expect([...changes.cancellations]).toEqual(['o-9']);
  });

  test('a buyer with neither e-mail nor phone is no customer', () => {
    const anonymous = importedAs('o-1', '0001', 4720);
    const orderer = { ...mallData.orderer, email: '', phone: '' };
    const changes = customerChanges([
      recorded({ ...anonymous, data: { ...anonymous.data, mallData: { ...mallData, orderer } } }, { revision: 0n }),
    ]);
    expect(changes.registrations.size).toBe(0);
    expect(changes.purchases.size).toBe(0);
  });

  test('blacklisting and its removal keep the last word per customer, in the tenant that decided it', () => {
    const changes = customerChanges([
      recorded({ type: 'CustomerBlacklisted', data: { customerId: 'c-1', reason: '受取拒否' } }, { revision: 0n }),
      recorded(
        { type: 'CustomerBlacklisted', data: { customerId: 'c-2', reason: '未入金' } },
        { revision: 0n, occurredAt: '2026-12-03T00:00:00.000Z' },
      ),
      recorded({ type: 'CustomerRemovedFromBlacklist', data: { customerId: 'c-1' } }, { revision: 1n }),
    ]);
    expect(Object.fromEntries(changes.blacklist)).toEqual({
      'c-1': { tenantId: TENANT, reason: null, at: null },
      'c-2': { tenantId: TENANT, reason: '未入金', at: '2026-12-03T00:00:00.000Z' },
    });
  });
});
