import * as E from 'fp-ts/Either';
import { STANDARD_ROUTE } from '../../../domain/order/route';
import type { TenantSettingsEvent } from '../../../domain/tenant-settings/events';
import { defaultHoldBoxName } from '../../../domain/tenant-settings/hold-boxes';
import { assignableRoute, tenantSettingsDecider } from '../../../domain/tenant-settings/tenant-settings';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(tenantSettingsDecider);
const tenantId = 't-1';
const CARD = [
  'new',
  'awaiting_shipment',
  'awaiting_documents',
  'awaiting_tracking_number',
  'awaiting_shipping_mail',
  'completed',
] as const;
const defined: TenantSettingsEvent = {
  type: 'ProcessingRouteDefined',
  data: { tenantId, routeId: 'r-card', name: 'カード決済（入金待ちなし）', statuses: [...CARD] },
};
const stateAfter = (events: readonly TenantSettingsEvent[]) =>
  events.reduce(tenantSettingsDecider.evolve, tenantSettingsDecider.initialState());

describe('Tenant settings: processing routes (処理ルート)', () => {
  test('a route that skips 入金待ち is defined under the id the application chose; its name is trimmed', () =>
    spec
      .given([])
      .when({
        type: 'DefineProcessingRoute',
        tenantId,
        routeId: 'r-card',
        name: '　カード決済（入金待ちなし） ',
        statuses: [...CARD],
      })
      .then([defined]));

  test.each([
    ['out of canonical order', ['awaiting_shipment', 'new', 'completed']],
    ['not ending in 処理済み', ['new', 'awaiting_shipment']],
    ['a status twice', ['new', 'new', 'completed']],
    ['no status at all', []],
  ] as const)('a route %s is refused with the statuses named', (_, statuses) =>
    spec
      .given([])
      .when({ type: 'DefineProcessingRoute', tenantId, routeId: 'r-x', name: '倉庫ルート', statuses: [...statuses] })
      .thenRefuses('processing_route.invalid', '倉庫ルート', '処理済み'),
  );

  test('a name is required and unique among the routes in use', () => {
    spec
      .given([])
      .when({ type: 'DefineProcessingRoute', tenantId, routeId: 'r-x', name: ' 　', statuses: [...CARD] })
      .thenRefuses('processing_route.name_required');
    spec
      .given([defined])
      .when({
        type: 'DefineProcessingRoute',
        tenantId,
        routeId: 'r-x',
        name: 'カード決済（入金待ちなし）',
        statuses: [...CARD],
      })
      .thenRefuses('processing_route.name_taken', 'カード決済');
    spec
      .given([])
      .when({ type: 'DefineProcessingRoute', tenantId, routeId: 'r-x', name: '標準', statuses: [...CARD] })
      .thenRefuses('processing_route.name_taken', '標準');
  });

  test('a route id is never reused, not even after the route was retired', () =>
    spec
      .given([defined, { type: 'ProcessingRouteRetired', data: { tenantId, routeId: 'r-card' } }])
      .when({ type: 'DefineProcessingRoute', tenantId, routeId: 'r-card', name: '別のルート', statuses: [...CARD] })
      .thenRefuses('processing_route.already_defined'));

  test('an edit becomes only the events for what changed, and the id stays', () => {
    spec
      .given([defined])
      .when({ type: 'ChangeProcessingRoute', tenantId, routeId: 'r-card', name: 'カード・後払い', statuses: [...CARD] })
      .then([{ type: 'ProcessingRouteRenamed', data: { tenantId, routeId: 'r-card', name: 'カード・後払い' } }]);
    const warehouse = ['new', 'awaiting_shipment', 'awaiting_shipping_mail', 'completed'] as const;
    spec
      .given([defined])
      .when({
        type: 'ChangeProcessingRoute',
        tenantId,
        routeId: 'r-card',
        name: 'カード決済（入金待ちなし）',
        statuses: [...warehouse],
      })
      .then([
        { type: 'ProcessingRouteStatusesChanged', data: { tenantId, routeId: 'r-card', statuses: [...warehouse] } },
      ]);
    spec
      .given([defined])
      .when({
        type: 'ChangeProcessingRoute',
        tenantId,
        routeId: 'r-card',
        name: 'カード決済（入金待ちなし）',
        statuses: [...CARD],
      })
      .then([]);
  });

  test('an edit is checked like a new route', () =>
    spec
      .given([defined])
      .when({ type: 'ChangeProcessingRoute', tenantId, routeId: 'r-card', name: 'x', statuses: ['completed', 'new'] })
      .thenRefuses('processing_route.invalid'));

  test('the standard route can be renamed but keeps its statuses', () => {
    spec
      .given([])
      .when({
        type: 'ChangeProcessingRoute',
        tenantId,
        routeId: 'standard',
        name: '通常（銀行振込）',
        statuses: [...STANDARD_ROUTE.statuses],
      })
      .then([{ type: 'ProcessingRouteRenamed', data: { tenantId, routeId: 'standard', name: '通常（銀行振込）' } }]);
    spec
      .given([])
      .when({ type: 'ChangeProcessingRoute', tenantId, routeId: 'standard', name: '標準', statuses: [...CARD] })
      .thenRefuses('processing_route.standard_fixed', '標準');
  });

  test('the standard route cannot be retired; another route can, once', () => {
    spec
      .given([])
      .when({ type: 'RetireProcessingRoute', tenantId, routeId: 'standard' })
      .thenRefuses('processing_route.standard_required', '削除できません');
    spec
      .given([defined])
      .when({ type: 'RetireProcessingRoute', tenantId, routeId: 'r-card' })
      .then([{ type: 'ProcessingRouteRetired', data: { tenantId, routeId: 'r-card' } }]);
    spec
      .given([defined, { type: 'ProcessingRouteRetired', data: { tenantId, routeId: 'r-card' } }])
      .when({ type: 'RetireProcessingRoute', tenantId, routeId: 'r-card' })
      .thenRefuses('processing_route.not_found');
  });

  test('a missing or retired route cannot be edited, and its name is free again', () => {
    spec
      .given([])
      .when({ type: 'ChangeProcessingRoute', tenantId, routeId: 'r-none', name: 'x', statuses: [...CARD] })
      .thenRefuses('processing_route.not_found');
    const retired = [defined, { type: 'ProcessingRouteRetired', data: { tenantId, routeId: 'r-card' } } as const];
    spec
      .given(retired)
      .when({ type: 'ChangeProcessingRoute', tenantId, routeId: 'r-card', name: 'x', statuses: [...CARD] })
      .thenRefuses('processing_route.not_found');
    spec
      .given(retired)
      .when({
        type: 'DefineProcessingRoute',
        tenantId,
        routeId: 'r-2',
        name: 'カード決済（入金待ちなし）',
        statuses: [...CARD],
      })
      .then([
        {
          type: 'ProcessingRouteDefined',
          data: { tenantId, routeId: 'r-2', name: 'カード決済（入金待ちなし）', statuses: [...CARD] },
        },
      ]);
  });

  test('an order gets a copy of a route in use; a retired route is not offered', () => {
    expect(assignableRoute(stateAfter([defined]), 'r-card')).toEqual({
      routeId: 'r-card',
      name: 'カード決済（入金待ちなし）',
      statuses: [...CARD],
    });
    expect(assignableRoute(stateAfter([]), 'standard')).toEqual(STANDARD_ROUTE);
    expect(
      assignableRoute(
        stateAfter([defined, { type: 'ProcessingRouteRetired', data: { tenantId, routeId: 'r-card' } }]),
        'r-card',
      ),
    ).toBeUndefined();
    expect(assignableRoute(stateAfter([]), 'toString')).toBeUndefined();
  });
});

describe('Tenant settings: hold-box names (保留ボックス)', () => {
  test('a box is named, trimmed', () =>
    spec
      .given([])
      .when({ type: 'NameHoldBox', tenantId, box: 3, name: ' 住所不備（番地なし）　' })
      .then([{ type: 'HoldBoxNamed', data: { tenantId, box: 3, name: '住所不備（番地なし）' } }]));

  test('an empty name resets the box to its default name; naming it the same again writes nothing', () => {
    const named: TenantSettingsEvent = { type: 'HoldBoxNamed', data: { tenantId, box: 30, name: '入金確認中' } };
    spec
      .given([named])
      .when({ type: 'NameHoldBox', tenantId, box: 30, name: '  ' })
      .then([{ type: 'HoldBoxNamed', data: { tenantId, box: 30, name: '' } }]);
    spec.given([named]).when({ type: 'NameHoldBox', tenantId, box: 30, name: '入金確認中' }).then([]);
    spec.given([]).when({ type: 'NameHoldBox', tenantId, box: 1, name: '' }).then([]);
    expect(stateAfter([named, { type: 'HoldBoxNamed', data: { tenantId, box: 30, name: '' } }]).holdBoxNames).toEqual(
      {},
    );
    expect(defaultHoldBoxName(30)).toBe('保留ボックス30');
  });

  test.each([0, 31, 1.5])('box %p does not exist', (box) =>
    spec
      .given([])
      .when({ type: 'NameHoldBox', tenantId, box, name: '住所不備' })
      .thenRefuses('hold_box.invalid', '1〜30'),
  );

  test('a name has at most 30 characters, counted as people count them', () => {
    spec
      .given([])
      .when({ type: 'NameHoldBox', tenantId, box: 1, name: '髙'.repeat(31) })
      .thenRefuses('hold_box.name_too_long', '30文字');
    expect(
      E.isRight(
        tenantSettingsDecider.decide({ type: 'NameHoldBox', tenantId, box: 1, name: '𠮷'.repeat(30) }, stateAfter([])),
      ),
    ).toBe(true);
  });
});
