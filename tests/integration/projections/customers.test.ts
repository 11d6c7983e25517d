/**
 * Orders in, customers out: the customers projection reads imported, staff-entered and cancelled orders and the
 * blacklisting on customers' streams. Real PostgreSQL, the real command handler and runner, with the events in
 * PostgreSQL and in EventStoreDB (the in-repo stand-in over real gRPC).
 */
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import pino from 'pino';
import { createPool, type DatabasePool } from 'slonik';
import { CommandHandler } from '../../../application/commands/command-handler';
import { createProductEventRegistry } from '../../../application/events/product-events';
import { type EventStore, readStreamOrEmpty } from '../../../application/ports/event-store';
import type { EnterOrder, ImportOrder, OrderCommand } from '../../../domain/order/commands';
import type { Person } from '../../../domain/order/order-data';
import { orderDecider } from '../../../domain/order/order';
import { customerDecider } from '../../../domain/customer/customer';
import { customerIdFor, importedOrderIdFor, staffOrderIdFor, streamName } from '../../../domain/shared/ids';
import { intakeReadsFrom } from '../../../infrastructure/automation/intake-reads';
import { EventStoreDbEventStore } from '../../../infrastructure/event-store/eventstoredb/eventstoredb-event-store';
import { findCustomer, listCustomers, type ListCustomersParams } from '../../../projections/customers/customer-queries';
import { customersProjection } from '../../../projections/customers/customers-projection';
import { ProjectionRunner, type RunnerDependencies } from '../../../projections/runner';
import { createTestDatabase } from '../../support/database';
import { startEventStoreDbStandIn } from '../../support/eventstoredb-stand-in';
import { importOrder, mallData, orderer } from '../../support/order-fixtures';
import { context, fixedClock, openWriteSide } from '../../support/write-side';

const A = '00000000-0000-4000-8000-000000000001';
const B = '00000000-0000-4000-8000-000000000002';

interface Side {
  readonly db: DatabasePool;
  readonly store: EventStore;
  readonly commands: CommandHandler;
  readonly runnerDependencies: RunnerDependencies;
  close(): Promise<void>;
}

/** Events in EventStoreDB, read models in PostgreSQL, as `EVENTSTORE_URL` runs the product. */
async function openEventStoreDbSide(): Promise<Side> {
  const standIn = await startEventStoreDbStandIn();
  const database = await createTestDatabase();
  const db = await createPool(database.connectionString, { maximumPoolSize: 5 });
  const store = new EventStoreDbEventStore(standIn.connectionString);
  const registry = createProductEventRegistry();
  return {
    db,
    store,
    commands: new CommandHandler(store, registry, fixedClock()),
    runnerDependencies: { store, db, registry, logger: pino({ level: 'silent' }), progress: new EventEmitter() },
    async close() {
      await store.close();
      await db.end();
      await database.drop();
      await standIn.stop();
    },
  };
}

describe.each([
  ['PostgreSQL', openWriteSide as () => Promise<Side>],
  ['EventStoreDB', openEventStoreDbSide],
])('customers from orders (events in %s)', (_name, open) => {
  let side: Side;
  let customersRunner: ProjectionRunner;

  beforeAll(async () => {
    side = await open();
    // Small batches, so that a purchase and its cancellation also arrive in different batches.
    customersRunner = new ProjectionRunner(customersProjection, side.runnerDependencies, {
      batchSize: 3,
      standbyRetryMs: 30,
    });
  });
  afterAll(async () => side.close());

  const catchUp = () => customersRunner.catchUp();

  const order = async (tenantId: string, command: OrderCommand, orderId: string) => {
    const result = await side.commands.handle(orderDecider, streamName.order(orderId), command, context({ tenantId }));
    if (E.isLeft(result)) throw new Error(`${command.type} refused: ${JSON.stringify(result.left)}`);
  };

  const importing = async (
    tenantId: string,
    orderNumber: string,
    buyer: Partial<Person>,
    billed = mallData.amounts.billed,
  ) => {
    const orderId = importedOrderIdFor(tenantId, 's-1', orderNumber);
    const amounts = { ...mallData.amounts, billed, pointsUsed: mallData.amounts.total - billed, coupons: 0 };
    const command: ImportOrder = {
      ...importOrder,
      orderId,
      tenantId,
      orderNumber,
      mallData: { ...mallData, orderer: { ...orderer, ...buyer }, amounts },
      changeId: randomUUID(),
    };
    await order(tenantId, command, orderId);
    return orderId;
  };

  const list = (tenantId: string, filters: Partial<ListCustomersParams> = {}) =>
    listCustomers(side.db, tenantId, {
      sort: { field: 'lastPurchaseAt', order: 'DESC' },
      offset: 0,
      limit: 50,
      ...filters,
    });

  const customerEvents = async (customerId: string) =>
    (await readStreamOrEmpty(side.store, streamName.customer(customerId))).map((e) => e.type);

  const taro = customerIdFor(A, 'email:taro@example.jp');
  const byPhone = customerIdFor(A, 'phone:09012345678');
  let second: string;

  test('the same buyer typed two ways (full-width e-mail, lower case) is one customer with two purchases', async () => {
    await importing(
      A,
      '123456-20261130-0000001',
      { email: 'ＴＡＲＯ＠Example.JP', phone: '０９０－１２３４－５６７８' },
      4720,
    );
    second = await importing(
      A,
      '123456-20261201-0000002',
      { name: '高橋 太郎', kana: 'タカハシ タロウ', email: 'taro@example.jp', phone: '090-1234-5678' },
      1080,
    );
    await catchUp();
    const customer = await findCustomer(side.db, A, taro);
    // The buyer's details are those of the first order, as typed.
    expect(customer).toMatchObject({
      name: '髙橋 太郎',
      kana: 'ﾀｶﾊｼ ﾀﾛｳ',
      email: 'ＴＡＲＯ＠Example.JP',
      purchaseCount: 2,
      totalBilled: 5800,
      blacklisted: false,
    });
    expect(customer!.purchases.map((p) => [p.orderNumber, p.billed, p.cancelled])).toEqual([
      ['123456-20261130-0000001', 4720, false],
      ['123456-20261201-0000002', 1080, false],
    ]);
  });

  test('without an e-mail the phone, with or without full-width digits and hyphens, identifies the customer', async () => {
    await importing(
      A,
      '123456-20261130-0000003',
      { name: '佐藤 花子', kana: 'ｻﾄｳ ﾊﾅｺ', email: '', phone: '０９０－１２３４－５６７８' },
      2000,
    );
    await importing(
      A,
      '123456-20261130-0000004',
      { name: '佐藤 花子', kana: 'サトウ ハナコ', email: '　', phone: '090-1234-5678' },
      3000,
    );
    await catchUp();
    expect(await findCustomer(side.db, A, byPhone)).toMatchObject({
      name: '佐藤 花子',
      purchaseCount: 2,
      totalBilled: 5000,
    });
  });

  test('an order with neither e-mail nor phone has no customer; a staff-entered order has one', async () => {
    await importing(A, '123456-20261130-0000005', { name: '匿名 希望', kana: 'トクメイ キボウ', email: '', phone: '' });
    const entered: EnterOrder = {
      type: 'EnterOrder',
      orderId: staffOrderIdFor(A, 'TEL-20261130-0001'),
      tenantId: A,
      shopId: 's-1',
      channel: 'phone',
      orderNumber: 'TEL-20261130-0001',
      mallData: {
        ...mallData,
        orderer: {
          ...orderer,
          name: '㈱髙島商店 鈴木 一郎',
          kana: 'ｽｽﾞｷ ｲﾁﾛｳ',
          email: 'suzuki@takashima.example.jp',
          phone: '06-1234-5678',
        },
      },
      shopData: importOrder.shopData,
      route: importOrder.route,
    };
    await order(A, entered, entered.orderId);
    await catchUp();
    const { rows, total } = await list(A);
    expect(total).toBe(3);
    expect(rows.map((r) => r.name).sort()).toEqual(['㈱髙島商店 鈴木 一郎', '佐藤 花子', '髙橋 太郎'].sort());
  });

  test('a cancelled order is withdrawn: it stays in the history, marked, and no longer counts', async () => {
    await order(A, { type: 'CancelOrder', reason: 'お客様都合（重複注文）' }, second);
    await catchUp();
    const customer = await findCustomer(side.db, A, taro);
    expect(customer).toMatchObject({ purchaseCount: 1, totalBilled: 4720 });
    expect(customer!.purchases.find((p) => p.orderId === second)).toMatchObject({ cancelled: true });
    expect(customer!.lastPurchaseAt).toBe(new Date('2026-11-30T10:15:00+09:00').toISOString());
  });

  test('an order cancelled in the batch that brought it is in the history, marked, and never counted', async () => {
    const orderId = await importing(
      A,
      '123456-20261130-0000006',
      { name: '田中 一郎', kana: 'ﾀﾅｶ ｲﾁﾛｳ', email: 'ichiro@example.jp', phone: '080-9876-5432' },
      990,
    );
    await order(A, { type: 'CancelOrder', reason: '在庫切れ' }, orderId);
    await catchUp();
    const customer = await findCustomer(side.db, A, customerIdFor(A, 'email:ichiro@example.jp'));
    expect(customer).toMatchObject({ purchaseCount: 0, totalBilled: 0, lastPurchaseAt: null });
    expect(customer!.purchases).toEqual([expect.objectContaining({ orderId, cancelled: true })]);
  });

  test("purchases are not written to the customers' streams, and a rebuild from the log gives the same figures", async () => {
    const head = await side.store.headPosition();
    expect(await customerEvents(taro)).toEqual([]);
    await customersRunner.rebuild();
    expect(await side.store.headPosition()).toEqual(head);
    expect(await findCustomer(side.db, A, taro)).toMatchObject({ purchaseCount: 1, totalBilled: 4720 });
    expect(await findCustomer(side.db, A, byPhone)).toMatchObject({ purchaseCount: 2 });
  });

  test('search by a kana fragment in any width, a phone with or without hyphens, an e-mail in any case', async () => {
    const names = async (q: string) => (await list(A, { q })).rows.map((r) => r.name);
    expect(await names('ﾀｶﾊ')).toEqual(['髙橋 太郎']);
    expect(await names('たかは')).toEqual(['髙橋 太郎']);
    expect(await names('高橋')).toEqual(['髙橋 太郎']);
    expect(await names('さとう')).toEqual(['佐藤 花子']);
    expect(await names('06-1234')).toEqual(['㈱髙島商店 鈴木 一郎']);
    expect(await names('0612345678')).toEqual(['㈱髙島商店 鈴木 一郎']);
    expect(await names('ＳＵＺＵＫＩ＠')).toEqual(['㈱髙島商店 鈴木 一郎']);
    expect(await names('090-1234-5678')).toHaveLength(2);
    expect(await names('100%')).toEqual([]);
  });

  test('filters by purchase count and blacklist, sorts, and keeps tenants apart', async () => {
    expect((await list(A, { minPurchaseCount: 2 })).rows.map((r) => r.name)).toEqual(['佐藤 花子']);
    const sorted = await list(A, { sort: { field: 'totalBilled', order: 'DESC' } });
    expect(sorted.rows.map((r) => r.totalBilled)).toEqual([5000, 4720, 4720, 0]);
    const blacklisted = await side.commands.handle(
      customerDecider,
      streamName.customer(taro),
      { type: 'BlacklistCustomer', customerId: taro, reason: '受取拒否が2回～要注意' },
      context({ tenantId: A }),
    );
    expect(E.isRight(blacklisted)).toBe(true);
    await catchUp();
    expect((await list(A, { blacklisted: true })).rows).toEqual([
      expect.objectContaining({ name: '髙橋 太郎', blacklistReason: '受取拒否が2回～要注意' }),
    ]);
    expect((await list(A, { blacklisted: false })).total).toBe(3);
    expect(await customerEvents(taro)).toEqual(['CustomerBlacklisted']);

    await importing(B, '999999-20261130-0000001', { email: 'taro@example.jp' });
    await catchUp();
    expect((await list(B)).rows).toEqual([expect.objectContaining({ purchaseCount: 1, blacklisted: false })]);
    expect(await findCustomer(side.db, B, taro)).toBeNull();
    expect((await list(A)).total).toBe(4);
    // A decision recorded for another tenant (the API never sends one) does not reach this tenant's customer.
    await side.commands.handle(
      customerDecider,
      streamName.customer(taro),
      { type: 'RemoveCustomerFromBlacklist', customerId: taro },
      context({ tenantId: B }),
    );
    await catchUp();
    expect(await findCustomer(side.db, A, taro)).toMatchObject({ blacklisted: true });
  });

  test("the register keeps the latest order's address, which the blacklist look-up returns, after a rebuild too", async () => {
    const mover = { name: '﨑田 一郎', kana: 'ｻｷﾀ ｲﾁﾛｳ', email: 'sakita@example.jp', phone: '0865-68-3100' };
    const at = (orderNumber: string, orderedAt: string, address: Partial<Person>) =>
      order(
        A,
        {
          ...importOrder,
          orderId: importedOrderIdFor(A, 's-1', orderNumber),
          tenantId: A,
          orderNumber,
          mallData: { ...mallData, orderedAt, orderer: { ...orderer, ...mover, ...address } },
          changeId: randomUUID(),
        },
        importedOrderIdFor(A, 's-1', orderNumber),
      );
    const island = {
      postalCode: '714-0037',
      prefecture: '岡山県',
      city: '笠岡市',
      street: '真鍋島２２１５',
      building: '',
    };
    const before = {
      postalCode: '700-0024',
      prefecture: '岡山県',
      city: '岡山市北区',
      street: '駅元町1-1',
      building: '',
    };
    await at('123456-20261203-0000007', '2026-12-03T10:00:00+09:00', island);
    await catchUp();
    // An older order imported afterwards (a late file) does not move the address back.
    await at('123456-20261201-0000008', '2026-12-01T10:00:00+09:00', before);
    const sakita = customerIdFor(A, 'email:sakita@example.jp');
    await side.commands.handle(
      customerDecider,
      streamName.customer(sakita),
      { type: 'BlacklistCustomer', customerId: sakita, reason: '受取拒否' },
      context({ tenantId: A }),
    );
    await catchUp();
    const reads = intakeReadsFrom(side.db, side.store, createProductEventRegistry());
    const expected = {
      customerId: sakita,
      name: '﨑田 一郎',
      phone: '0865-68-3100',
      postalCode: '714-0037',
      address: '岡山県笠岡市真鍋島２２１５',
      reason: '受取拒否',
    };
    expect((await reads.blacklist(A)).find((b) => b.customerId === sakita)).toEqual(expected);
    await customersRunner.rebuild();
    expect((await reads.blacklist(A)).find((b) => b.customerId === sakita)).toEqual(expected);
    expect(await reads.blacklist(B)).toEqual([]);
  });
});
