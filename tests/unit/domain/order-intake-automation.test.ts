import * as E from 'fp-ts/Either';
import type { CheckFinding } from '../../../domain/checks/check-finding';
import { describeFinding } from '../../../domain/checks/describe-finding';
import type { OrderEvent } from '../../../domain/order/events';
import type { IntakeAutomation, ResolvedRuleEffect } from '../../../domain/order/intake-automation';
import { orderDecider } from '../../../domain/order/order';
import type { ProcessingRoute } from '../../../domain/order/route';
import { mailIdFor } from '../../../domain/shared/ids';
import { deciderSpecification } from '../../support/decider-specification';
import { CARD_ROUTE, importOrder, imported, mallData } from '../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const orderId = 'o-1';
const addressFinding: CheckFinding = {
  check: 'address',
  destinationIndex: 0,
  data: { postalCode: '530-0001', expected: '大阪府大阪市北区', actual: '東京都新宿区' },
};
const remarksFinding: CheckFinding = {
  check: 'remarks',
  destinationIndex: null,
  data: { remarks: '午前中は不在です' },
};
const highCod = { id: 'r-cod', name: '高額代引' };
const tagging = { id: 'r-tag', name: 'ギフト便' };
const withAutomation = (automation: IntakeAutomation) => ({ ...importOrder, automation });
const effect = (rule: ResolvedRuleEffect['rule'], ...actions: ResolvedRuleEffect['actions']): ResolvedRuleEffect => ({
  rule,
  actions,
});
const tripped = (finding: CheckFinding, outcome: 'warning' | 'hold', box: number | null): OrderEvent => ({
  type: 'OrderCheckTripped',
  data: { orderId, finding, outcome, box },
});
const ruled = (rule: ResolvedRuleEffect['rule'], event: OrderEvent): OrderEvent => Object.assign({ rule }, event);

describe('Order intake: checks', () => {
  test('a warning is recorded and the order stays where it came in', () =>
    spec
      .given([])
      .when(withAutomation({ findings: [{ finding: remarksFinding, outcome: 'warning', box: null }], effects: [] }))
      .then([imported, tripped(remarksFinding, 'warning', null)]));

  test('a check in hold mode holds the order in its box, saying what it found', () =>
    spec
      .given([])
      .when(withAutomation({ findings: [{ finding: addressFinding, outcome: 'hold', box: 3 }], effects: [] }))
      .then([
        imported,
        tripped(addressFinding, 'hold', 3),
        {
          type: 'OrderHeld',
          data: {
            orderId,
            box: 3,
            reason: { source: 'check', ref: 'address', text: describeFinding(addressFinding).ja },
            from: 'new',
          },
        },
      ]));

  test('only the first hold holds; the second check stays visible as its trip', () =>
    spec
      .given([])
      .when(
        withAutomation({
          findings: [
            { finding: addressFinding, outcome: 'hold', box: 3 },
            { finding: remarksFinding, outcome: 'hold', box: 5 },
          ],
          effects: [effect(highCod, { kind: 'hold', box: 4, reason: '高額代引のため確認' })],
        }),
      )
      .then([
        imported,
        tripped(addressFinding, 'hold', 3),
        tripped(remarksFinding, 'hold', 5),
        {
          type: 'OrderHeld',
          data: {
            orderId,
            box: 3,
            reason: { source: 'check', ref: 'address', text: describeFinding(addressFinding).ja },
            from: 'new',
          },
        },
      ]));

  test('a re-import runs no intake automation', () =>
    spec
      .given([imported])
      .when(
        withAutomation({
          findings: [{ finding: addressFinding, outcome: 'hold', box: 3 }],
          effects: [effect(tagging, { kind: 'tag', tag: '要確認' })],
        }),
      )
      .then([]));

  test('an order the mall already cancelled records the trip but is not held', () =>
    spec
      .given([])
      .when({
        ...withAutomation({ findings: [{ finding: addressFinding, outcome: 'hold', box: 3 }], effects: [] }),
        cancelledAtMall: true,
      })
      .then([
        imported,
        {
          type: 'OrderCancelled',
          data: { orderId, from: 'new', reason: 'モールでキャンセルされました', byMall: true },
        },
        tripped(addressFinding, 'hold', 3),
      ]));
});

describe('Order intake: rules', () => {
  const card: ProcessingRoute = CARD_ROUTE;
  const withLeaflet = {
    ...mallData,
    destinations: [
      {
        ...mallData.destinations[0]!,
        lines: [
          ...mallData.destinations[0]!.lines,
          { sku: 'LEAF-1', name: 'チラシ', options: '', unitPrice: 0, quantity: 1, taxRate: 10 as const },
        ],
      },
    ],
  };

  test("every action is the order's own event, named after its rule", () =>
    spec
      .given([])
      .when(
        withAutomation({
          findings: [],
          effects: [
            effect(
              highCod,
              { kind: 'tag', tag: '高額' },
              { kind: 'route', routeId: 'card', route: card },
              { kind: 'shipping', carrier: 'sagawa', slipType: '飛脚宅配便' },
              { kind: 'ship_date_offset', days: 2, plannedShipDate: '2026-12-02' },
              {
                kind: 'add_item',
                sku: 'LEAF-1',
                name: 'チラシ',
                unitPrice: 0,
                quantity: 1,
                taxRate: 10,
                mallData: withLeaflet,
              },
              { kind: 'shop_memo', text: '高額注文' },
              { kind: 'slip_note', text: '天地無用' },
              { kind: 'individual_message', text: 'ご購入ありがとうございます' },
              { kind: 'mail', mailKind: 'thanks' },
              { kind: 'hold', box: 4, reason: '高額代引のため確認' },
            ),
          ],
        }),
      )
      .then([
        imported,
        ruled(highCod, { type: 'OrderTagAdded', data: { orderId, tag: '高額' } }),
        ruled(highCod, { type: 'OrderRouteAssigned', data: { orderId, route: card, from: 'new', to: 'new' } }),
        ruled(highCod, {
          type: 'OrderShippingPlanSet',
          data: { orderId, shipping: { carrier: 'sagawa', slipType: '飛脚宅配便' }, plannedShipDate: '2026-12-02' },
        }),
        ruled(highCod, {
          type: 'OrderEdited',
          data: {
            orderId,
            changes: { destinations: { before: mallData.destinations, after: withLeaflet.destinations } },
            amountProblems: [],
            outdated: [],
          },
        }),
        ruled(highCod, { type: 'OrderShopMemoEdited', data: { orderId, shopMemo: '高額注文' } }),
        ruled(highCod, { type: 'OrderSlipNoteEdited', data: { orderId, slipNote: 'ワレモノ注意\n天地無用' } }),
        ruled(highCod, {
          type: 'OrderIndividualMessageEdited',
          data: { orderId, individualMessage: 'ご購入ありがとうございます' },
        }),
        ruled(highCod, {
          type: 'MailRequested',
          data: {
            orderId,
            mailId: mailIdFor(orderId, 'thanks', 'first'),
            kind: 'thanks',
            trigger: 'first',
            notBefore: null,
          },
        }),
        ruled(highCod, {
          type: 'OrderHeld',
          data: { orderId, box: 4, reason: { source: 'rule', ref: 'r-cod', text: '高額代引のため確認' }, from: 'new' },
        }),
      ]));

  test('the rules after see what the rules before did: a tag added twice is added once', () =>
    spec
      .given([])
      .when(
        withAutomation({
          findings: [],
          effects: [effect(tagging, { kind: 'tag', tag: '要確認' }), effect(highCod, { kind: 'tag', tag: '要確認' })],
        }),
      )
      .then([imported, ruled(tagging, { type: 'OrderTagAdded', data: { orderId, tag: '要確認' } })]));

  test('a rule hold without a reason says which rule held it', () =>
    spec
      .given([])
      .when(withAutomation({ findings: [], effects: [effect(highCod, { kind: 'hold', box: 2, reason: ' ' })] }))
      .then([
        imported,
        ruled(highCod, {
          type: 'OrderHeld',
          data: {
            orderId,
            box: 2,
            reason: { source: 'rule', ref: 'r-cod', text: 'ルール『高額代引』により保留' },
            from: 'new',
          },
        }),
      ]));

  test('a mail the orderer cannot get is skipped, never a reason to refuse the order', () =>
    spec
      .given([])
      .when({
        ...withAutomation({ findings: [], effects: [effect(tagging, { kind: 'mail', mailKind: 'thanks' })] }),
        mallData: { ...mallData, orderer: { ...mallData.orderer, email: '' } },
      })
      .then([
        {
          ...imported,
          data: { ...imported.data, mallData: { ...mallData, orderer: { ...mallData.orderer, email: '' } } },
        },
      ]));

  test('同梱候補とまとめる records the wish for the automatic-bundles policy, naming the rule', () => {
    const merging = { id: 'r-bundle', name: '同じお客様はまとめる' };
    spec
      .given([])
      .when(withAutomation({ findings: [], effects: [effect(merging, { kind: 'bundle' }, { kind: 'bundle' })] }))
      .then([imported, ruled(merging, { type: 'OrderBundleRequested', data: { orderId } })]);
  });

  test('同梱候補とまとめる is skipped for an order with several destinations (never bundled)', () => {
    const twoPlaces = { ...mallData, destinations: [mallData.destinations[0]!, mallData.destinations[0]!] };
    const decided = orderDecider.decide(
      { ...withAutomation({ findings: [], effects: [effect(tagging, { kind: 'bundle' })] }), mallData: twoPlaces },
      orderDecider.initialState(),
    );
    expect(E.isRight(decided) && decided.right.map((e) => e.type)).toEqual(['OrderImported']);
  });

  test('staff entry runs the same intake', () => {
    const { mall: _m, cancelledAtMall: _c, changeId: _id, ...rest } = importOrder;
    spec
      .given([])
      .when({
        ...rest,
        type: 'EnterOrder',
        channel: 'phone',
        automation: { findings: [], effects: [effect(tagging, { kind: 'tag', tag: '電話' })] },
      })
      .then([
        { type: 'OrderEnteredByStaff', data: { ...imported.data, mall: 'phone' } },
        ruled(tagging, { type: 'OrderTagAdded', data: { orderId, tag: '電話' } }),
      ]);
  });
});
