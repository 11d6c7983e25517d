import * as E from 'fp-ts/Either';
import { decideBundle } from '../../../domain/order/bundle';
import type { OrderEvent, OrderImported } from '../../../domain/order/events';
import { orderDecider } from '../../../domain/order/order';
import { type ExistingOrder, evolveOrder } from '../../../domain/order/state';
import type { WorkflowStatus } from '../../../domain/order/status';
import { bundleIdFor } from '../../../domain/shared/ids';
import { deciderSpecification } from '../../support/decider-specification';
import { imported, importOrder, mallData } from '../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const orderId = 'o-1';
const orderIds = ['o-1', 'o-2'];
const bundleId = bundleIdFor(orderIds);

const bundled = (id = bundleId, ids = orderIds): OrderEvent => ({
  type: 'OrderBundled',
  data: { orderId, bundleId: id, orderIds: ids },
});
const unbundled: OrderEvent = { type: 'OrderUnbundled', data: { orderId, bundleId } };
const moved = (to: WorkflowStatus): OrderEvent => ({ type: 'OrderStatusMoved', data: { orderId, from: 'new', to } });
const numberSet: OrderEvent = {
  type: 'TrackingNumberSet',
  data: {
    orderId,
    destinationIndex: 0,
    carrier: 'yamato',
    trackingNumber: '444413758703',
    previous: null,
    source: 'import',
    importId: null,
  },
};
const bundle = { type: 'BundleOrder', bundleId, orderIds } as const;

const orderOf = (events: readonly OrderEvent[]): ExistingOrder =>
  events.reduce(evolveOrder, orderDecider.initialState()) as ExistingOrder;
const another = (id: string, changes: Partial<OrderImported['data']> = {}): OrderImported => ({
  ...imported,
  data: { ...imported.data, orderId: id, orderNumber: `n-${id}`, ...changes },
});

describe('Order: 同梱 (bundle and split)', () => {
  test('an order joins a bundle with every order id', () => spec.given([imported]).when(bundle).then([bundled()]));

  test('the same bundle again writes nothing (a retried merge completes the others)', () =>
    spec.given([imported, bundled()]).when(bundle).then([]));

  test('an order in another bundle is refused until it is split', () =>
    spec
      .given([imported, bundled(bundleIdFor(['o-1', 'o-9']), ['o-1', 'o-9'])])
      .when(bundle)
      .thenRefuses('bundle.already_bundled', '既に同梱'));

  test('a cancelled order is refused', () =>
    spec
      .given([imported, { type: 'OrderCancelled', data: { orderId, from: 'new', reason: '', byMall: true } }])
      .when(bundle)
      .thenRefuses('bundle.cancelled', 'キャンセル済み'));

  test('an order with its tracking number is refused, even before 伝票番号未設定', () =>
    spec.given([imported, numberSet]).when(bundle).thenRefuses('bundle.shipped', '出荷済み'));

  test('an order past 伝票番号未設定 is refused, also while it is held', () => {
    spec
      .given([imported, moved('awaiting_shipping_mail')])
      .when(bundle)
      .thenRefuses('bundle.shipped');
    spec
      .given([
        imported,
        moved('completed'),
        {
          type: 'OrderHeld',
          data: { orderId, box: 1, reason: { source: 'staff', ref: null, text: '' }, from: 'completed' },
        },
      ])
      .when(bundle)
      .thenRefuses('bundle.shipped');
  });

  test('an order at 伝票番号未設定 without a number may still be bundled', () =>
    spec
      .given([imported, moved('awaiting_tracking_number')])
      .when(bundle)
      .then([bundled()]));

  test('an order with two destinations is refused', () => {
    const gift = {
      ...imported,
      data: {
        ...imported.data,
        mallData: { ...mallData, destinations: [mallData.destinations[0]!, mallData.destinations[0]!] },
      },
    };
    spec.given([gift]).when(bundle).thenRefuses('bundle.multiple_destinations', '送付先が複数');
  });

  test('split records OrderUnbundled; an order not bundled is refused', () => {
    spec.given([imported, bundled()]).when({ type: 'UnbundleOrder' }).then([unbundled]);
    spec.given([imported, bundled(), unbundled]).when({ type: 'UnbundleOrder' }).thenRefuses('bundle.not_bundled');
  });

  test('split is refused once the parcel has its number', () =>
    spec.given([imported, bundled(), numberSet]).when({ type: 'UnbundleOrder' }).thenRefuses('bundle.shipped'));

  test('the state keeps the bundle and drops it on split', () => {
    expect(orderOf([imported, bundled()]).bundle).toEqual({ bundleId, orderIds });
    expect(orderOf([imported, bundled(), unbundled]).bundle).toBeNull();
  });
});

describe('Order: 同梱候補とまとめる (a rule merges)', () => {
  const rule = { id: 'r-bundle', name: '同じお客様はまとめる' };
  const requested: OrderEvent = { type: 'OrderBundleRequested', data: { orderId } };

  test('a merge sent for a rule names the rule on the OrderBundled it records', () =>
    spec
      .given([imported, requested])
      .when({ ...bundle, rule })
      .then([Object.assign({ rule }, bundled())]));

  test('the request is answered once: merged by a bundle, and still merged after a split', () => {
    expect(orderOf([imported]).autoBundle).toBeUndefined();
    expect(orderOf([imported, requested]).autoBundle).toBe('requested');
    expect(orderOf([imported, requested, bundled()]).autoBundle).toBe('merged');
    expect(orderOf([imported, requested, bundled(), unbundled]).autoBundle).toBe('merged');
    expect(orderOf([imported, bundled()]).autoBundle).toBeUndefined();
  });
});

describe('Order: a re-import that changes an order of a bundle', () => {
  const movedRecipient = { ...mallData.destinations[0]!.recipient, street: '神宮前９－９－９' };
  const moved = { ...mallData, destinations: [{ ...mallData.destinations[0]!, recipient: movedRecipient }] };
  const recipientChange = { destinations: { before: mallData.destinations, after: moved.destinations } };
  const changedAtMall: OrderEvent = {
    type: 'OrderChangedAtMall',
    data: { orderId, changes: recipientChange, amountProblems: [] },
  };
  const marked = (outdated: ('documents' | 'labels')[]): OrderEvent => ({
    type: 'BundledOrderChangedAtMall',
    data: { orderId, bundleId, outdated },
  });
  const labelsExported: OrderEvent = {
    type: 'LabelDataExported',
    data: { orderId, tenantId: 't-1', carrier: 'yamato', layout: 'b2', labels: [{ destinationIndex: 0, key: 'k-1' }] },
  };
  const printed: OrderEvent = {
    type: 'OrderDocumentsPrinted',
    data: { orderId, tenantId: 't-1', kinds: ['purchase-statement'], receiptIssue: null },
  };

  test('a changed address is marked on the bundle beside the change', () =>
    spec
      .given([imported, bundled()])
      .when({ ...importOrder, mallData: moved })
      .then([changedAtMall, marked([])]));

  test('what was exported and printed for the parcel before the change is out of date until made again', () => {
    spec
      .given([imported, bundled(), labelsExported, printed])
      .when({ ...importOrder, mallData: moved })
      .then([changedAtMall, marked(['documents', 'labels'])]);
    const after = orderOf([
      imported,
      bundled(),
      labelsExported,
      printed,
      changedAtMall,
      marked(['documents', 'labels']),
    ]);
    expect(after.bundle).toEqual({ bundleId, orderIds, changedAtMall: true });
    expect(after.outdated).toEqual(['documents', 'labels']);
    expect(
      orderOf([imported, bundled(), labelsExported, changedAtMall, marked(['labels']), labelsExported]).outdated,
    ).toEqual([]);
  });

  test('the same file again marks nothing; an order in no bundle is not marked', () => {
    spec.given([imported, bundled()]).when(importOrder).then([]);
    spec
      .given([imported])
      .when({ ...importOrder, mallData: moved })
      .then([changedAtMall]);
  });

  test('a change that waited for a person is marked when confirmed', () => {
    const packed: OrderEvent = { type: 'OrderStatusMoved', data: { orderId, from: 'new', to: 'awaiting_documents' } };
    const waiting: OrderEvent = {
      type: 'OrderChangeAwaitingConfirmation',
      data: { orderId, changeId: 'import-2', changes: recipientChange, cancelledAtMall: false, amountProblems: [] },
    };
    spec
      .given([imported, packed, bundled(), printed, waiting])
      .when({ type: 'ConfirmOrderChange', changeId: 'import-2' })
      .then([
        {
          type: 'OrderChangeConfirmed',
          data: { orderId, changeId: 'import-2', changes: recipientChange, cancelledAtMall: false, amountProblems: [] },
        },
        marked(['documents']),
      ]);
  });
});

describe('decideBundle: the whole merge before anything is written', () => {
  const a = orderOf([another('o-1')]);
  const b = orderOf([another('o-2')]);

  test('two orders make one bundle named by their sorted ids', () => {
    expect(decideBundle([b, a])).toEqual(E.right({ bundleId: bundleIdFor(['o-2', 'o-1']), orderIds: ['o-1', 'o-2'] }));
    expect(bundleIdFor(['o-2', 'o-1'])).toBe(bundleIdFor(['o-1', 'o-2']));
  });

  test('fewer than two orders are refused (the same order twice counts once)', () => {
    expect(decideBundle([a])).toEqual(E.left(expect.objectContaining({ code: 'bundle.too_few' })));
    expect(decideBundle([a, a])).toEqual(E.left(expect.objectContaining({ code: 'bundle.too_few' })));
  });

  test('orders of two tenants are refused', () => {
    const foreign = orderOf([another('o-3', { tenantId: 't-2' })]);
    expect(decideBundle([a, foreign])).toEqual(E.left(expect.objectContaining({ code: 'bundle.tenants_differ' })));
  });

  test('one refused order refuses the merge, naming it', () => {
    const cancelled = orderOf([
      another('o-3'),
      { type: 'OrderCancelled', data: { orderId: 'o-3', from: 'new', reason: '', byMall: false } },
    ]);
    const refused = decideBundle([a, b, cancelled]);
    expect(refused).toEqual(E.left(expect.objectContaining({ code: 'bundle.cancelled' })));
    expect(E.isLeft(refused) && refused.left.ja).toContain('n-o-3');
  });

  test('orders already in this very bundle pass, so a retry finishes the merge', () => {
    const id = bundleIdFor(['o-1', 'o-2']);
    const done = orderOf([
      another('o-1'),
      { type: 'OrderBundled', data: { orderId: 'o-1', bundleId: id, orderIds: ['o-1', 'o-2'] } },
    ]);
    expect(decideBundle([done, b])).toEqual(E.right({ bundleId: id, orderIds: ['o-1', 'o-2'] }));
  });
});
