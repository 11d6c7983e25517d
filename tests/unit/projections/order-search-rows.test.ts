import type { PrintedKind } from '../../../domain/documents/document-kind';
import type { OrderEvent } from '../../../domain/order/events';
import {
  ordersNotCreatedIn,
  orderSearchRows,
  searchText,
} from '../../../projections/order-search/order-search-projection';
import { recordedFor } from '../../support/decoded-events';
import { imported, mallData } from '../../support/order-fixtures';

const TENANT = '00000000-0000-4000-8000-000000000001';
const recorded = recordedFor(TENANT);
const creation = () => recorded<OrderEvent>(imported, { revision: 0n, occurredAt: '2026-12-01T00:00:00.000Z' });
const held = (revision: bigint) =>
  recorded<OrderEvent>(
    {
      type: 'OrderHeld',
      data: { orderId: 'o-1', box: 2, reason: { source: 'staff', ref: null, text: '在庫確認' }, from: 'new' },
    },
    { revision },
  );

describe('order search rows, folded without a database', () => {
  test('an import fills the row from the mall data, the shop data and the tenant the command ran for', () => {
    const [row] = orderSearchRows([creation()]);
    expect(row).toMatchObject({
      id: 'o-1',
      tenantId: TENANT,
      status: 'new',
      ordererName: '髙橋 太郎',
      destinationCount: 1,
      desiredDeliveryDate: '2026-12-05',
      total: 5020,
      billed: 4720,
      paymentMethod: 'bank_transfer',
      hasGift: true,
      carrier: 'yamato',
      plannedShipDate: '2026-12-02',
      tags: ['ギフト'],
      amountProblems: false,
      revision: 0n,
    });
  });

  test('the search text holds the order number, orderer, recipients and lines normalised, so 髙 and half-width kana match', () => {
    const text = searchText(orderSearchRows([creation()])[0]!);
    expect(text).toContain('123456202611300000001');
    expect(text).toContain('高橋太郎');
    expect(text).toContain('たかはしたろう');
    expect(text).toContain('09012345678');
    expect(text).toContain('tea-001');
  });

  test('hold, release, tags and memo move the row and its revision, each event in turn', () => {
    const rows = orderSearchRows([
      creation(),
      recorded<OrderEvent>({ type: 'OrderTagAdded', data: { orderId: 'o-1', tag: '至急' } }, { revision: 1n }),
      recorded<OrderEvent>({ type: 'OrderTagRemoved', data: { orderId: 'o-1', tag: 'ギフト' } }, { revision: 2n }),
      held(3n),
      recorded<OrderEvent>(
        { type: 'OrderShopMemoEdited', data: { orderId: 'o-1', shopMemo: 'ﾖｳﾚﾝﾗｸ' } },
        { revision: 4n, occurredAt: '2026-12-02T00:00:00.000Z' },
      ),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'held',
      heldBox: 2,
      heldFrom: 'new',
      heldReason: '在庫確認',
      tags: ['至急'],
      revision: 4n,
      updatedAt: '2026-12-02T00:00:00.000Z',
    });
    expect(searchText(rows[0]!)).toContain('ようれんらく');

    const [released] = orderSearchRows(
      [recorded<OrderEvent>({ type: 'OrderReleased', data: { orderId: 'o-1', box: 2, to: 'new' } }, { revision: 5n })],
      new Map([['o-1', rows[0]!]]),
    );
    expect(released).toMatchObject({ status: 'new', heldBox: null, heldFrom: null, heldReason: null, revision: 5n });
  });

  test('the checks standing unaccepted are listed: tripped, cleared, accepted', () => {
    const trip = (check: 'address' | 'remarks', revision: bigint) =>
      recorded<OrderEvent>(
        {
          type: 'OrderCheckTripped',
          data: { orderId: 'o-1', finding: { check, destinationIndex: null, data: {} }, outcome: 'warning', box: null },
        },
        { revision },
      );
    const kinds = (events: ReturnType<typeof creation>[]) => orderSearchRows(events)[0]!.checkKinds;
    // In the order the checks run, each once.
    expect(kinds([creation(), trip('remarks', 1n), trip('address', 2n), trip('remarks', 3n)])).toEqual([
      'address',
      'remarks',
    ]);
    const cleared = recorded<OrderEvent>(
      { type: 'OrderCheckCleared', data: { orderId: 'o-1', check: 'address' } },
      { revision: 3n },
    );
    expect(kinds([creation(), trip('remarks', 1n), trip('address', 2n), cleared])).toEqual(['remarks']);
    const accepted = recorded<OrderEvent>(
      { type: 'OrderCheckResultsAccepted', data: { orderId: 'o-1', checks: ['remarks', 'address'] } },
      { revision: 3n },
    );
    expect(kinds([creation(), trip('remarks', 1n), trip('address', 2n), accepted])).toEqual([]);
  });

  test('a change at the mall replaces the parts it brings and keeps the others', () => {
    const [before] = orderSearchRows([creation()]);
    const orderer = { ...mallData.orderer, name: '佐藤 花子' };
    const [after] = orderSearchRows(
      [
        recorded<OrderEvent>(
          {
            type: 'OrderChangedAtMall',
            data: {
              orderId: 'o-1',
              changes: { orderer: { before: mallData.orderer, after: orderer } },
              amountProblems: [{ code: 'total_mismatch', stated: 5020, computed: 5000 }],
            },
          },
          { revision: 1n },
        ),
      ],
      new Map([['o-1', before!]]),
    );
    expect(after).toMatchObject({ ordererName: '佐藤 花子', total: 5020, destinationCount: 1, amountProblems: true });
    expect(searchText(after!)).toContain('佐藤花子');
    expect(searchText(after!)).not.toContain('高橋太郎');
  });

  test('an event at or below the row revision was applied already and changes nothing', () => {
    const [row] = orderSearchRows([creation(), held(1n)]);
    const [replayed] = orderSearchRows(
      [recorded<OrderEvent>({ type: 'OrderTagAdded', data: { orderId: 'o-1', tag: '再送' } }, { revision: 1n })],
      new Map([['o-1', row!]]),
    );
    expect(replayed).toEqual(row);
  });

  test('an order whose creation the read model never saw gets no row', () => {
    expect(orderSearchRows([held(1n)])).toEqual([]);
  });

  test('only orders the batch does not create are read from the database first', () => {
    const other = recorded<OrderEvent>(
      { type: 'OrderTagAdded', data: { orderId: 'o-2', tag: '至急' } },
      { revision: 3n, streamName: 'order-o-2' },
    );
    expect(ordersNotCreatedIn([creation(), held(1n), other])).toEqual(['o-2']);
  });
});

describe('printed marks', () => {
  test('the row lists each kind printed once, in the order of the marks, whatever the order of printing', () => {
    const printing = (kinds: PrintedKind[], revision: bigint) =>
      recorded<OrderEvent>(
        { type: 'OrderDocumentsPrinted', data: { orderId: 'o-1', tenantId: TENANT, kinds, receiptIssue: null } },
        { revision },
      );
    const [row] = orderSearchRows([
      creation(),
      printing(['work-sheet'], 1n),
      printing(['purchase-statement', 'work-sheet'], 2n),
      printing(['receipt'], 3n),
    ]);
    expect(row!.printedKinds).toEqual(['purchase-statement', 'receipt', 'work-sheet']);
  });

  test('an order never printed has no marks', () => {
    expect(orderSearchRows([creation()])[0]!.printedKinds).toEqual([]);
  });
});

describe('exported mark', () => {
  test('an order is marked once its label data was exported, and not before', () => {
    const exported = recorded<OrderEvent>(
      {
        type: 'LabelDataExported',
        data: {
          orderId: 'o-1',
          tenantId: TENANT,
          carrier: 'yamato',
          layout: 'b2cloud',
          labels: [{ destinationIndex: 0, key: 'ABCDEFGHIJKLM00' }],
        },
      },
      { revision: 1n },
    );
    expect(orderSearchRows([creation()])[0]!.labelsExported).toBe(false);
    expect(orderSearchRows([creation(), exported])[0]!.labelsExported).toBe(true);
  });
});

describe('results reported mark (報)', () => {
  test('an order is marked once its shipping results were written for its mall, and not before', () => {
    const written = recorded<OrderEvent>(
      {
        type: 'ShippingResultsWritten',
        data: {
          orderId: 'o-1',
          tenantId: TENANT,
          mall: 'amazon',
          file: 'amazon-shipping-confirm',
          fileName: 'Flat.File.ShippingConfirm.txt',
          trackingNumbers: [{ destinationIndex: 0, carrier: 'yamato', trackingNumber: '444413758703' }],
        },
      },
      { revision: 1n },
    );
    expect(orderSearchRows([creation()])[0]!.resultsReported).toBe(false);
    expect(orderSearchRows([creation(), written])[0]!.resultsReported).toBe(true);
  });

  test('同梱: the key of the single destination, the bundle while the order is in one', () => {
    const bundled = recorded<OrderEvent>(
      { type: 'OrderBundled', data: { orderId: 'o-1', bundleId: 'b-1', orderIds: ['o-1', 'o-2'] } },
      { revision: 1n },
    );
    const unbundled = recorded<OrderEvent>(
      { type: 'OrderUnbundled', data: { orderId: 'o-1', bundleId: 'b-1' } },
      { revision: 2n },
    );
    expect(orderSearchRows([creation()])[0]).toMatchObject({
      bundleKey: '(株)高島商店御中|5300001|大阪府大阪市北区梅田3丁目1番|0612345678',
      bundleId: null,
    });
    expect(orderSearchRows([creation(), bundled])[0]!.bundleId).toBe('b-1');
    expect(orderSearchRows([creation(), bundled, unbundled])[0]!.bundleId).toBeNull();
    const gift = recorded<OrderEvent>(
      {
        type: 'OrderChangedAtMall',
        data: {
          orderId: 'o-1',
          changes: {
            destinations: {
              before: mallData.destinations,
              after: [mallData.destinations[0]!, mallData.destinations[0]!],
            },
          },
          amountProblems: [],
        },
      },
      { revision: 1n },
    );
    expect(orderSearchRows([creation(), gift])[0]!.bundleKey).toBeNull();
  });
});
