import * as E from 'fp-ts/Either';
import { STATUS_LABELS, type WorkflowStatus } from '../order/status';
import { isValidRoute, STANDARD_ROUTE } from '../order/route';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import type { CautionArea } from '../checks/check-finding';
import {
  decideCautionAreas,
  decideCautionAreasReset,
  type ResetCautionAreas,
  type SaveCautionAreas,
} from './caution-areas-decision';
import type { CustomerRank } from '../customer/ranks';
import { decideCustomerRanks, type SaveCustomerRanks } from './customer-ranks-decision';
import type { TenantSettingsEvent } from './events';
import { HOLD_BOX_NAME_MAX, HOLD_BOXES_RANGE_MESSAGE, isHoldBox } from './hold-boxes';

/** The route's id is chosen by the application and never changes, so orders and filters can keep referring to it. */
export interface DefineProcessingRoute {
  readonly type: 'DefineProcessingRoute';
  readonly tenantId: string;
  readonly routeId: string;
  readonly name: string;
  readonly statuses: readonly WorkflowStatus[];
}
/** Rename and change statuses in one edit, as the screen saves them; only what differs becomes an event. */
export interface ChangeProcessingRoute {
  readonly type: 'ChangeProcessingRoute';
  readonly tenantId: string;
  readonly routeId: string;
  readonly name: string;
  readonly statuses: readonly WorkflowStatus[];
}
export interface RetireProcessingRoute {
  readonly type: 'RetireProcessingRoute';
  readonly tenantId: string;
  readonly routeId: string;
}
export interface NameHoldBox {
  readonly type: 'NameHoldBox';
  readonly tenantId: string;
  readonly box: number;
  readonly name: string;
}

export type { ResetCautionAreas, SaveCautionAreas } from './caution-areas-decision';
export type { SaveCustomerRanks } from './customer-ranks-decision';

export interface SetBundlingSettings {
  readonly type: 'SetBundlingSettings';
  readonly tenantId: string;
  readonly bundleAcrossMalls: boolean;
}

export type TenantSettingsCommand =
  | DefineProcessingRoute
  | ChangeProcessingRoute
  | RetireProcessingRoute
  | NameHoldBox
  | SaveCautionAreas
  | ResetCautionAreas
  | SetBundlingSettings
  | SaveCustomerRanks;

export interface RouteSetting {
  readonly name: string;
  readonly statuses: readonly WorkflowStatus[];
  readonly retired: boolean;
}

export interface TenantSettingsState {
  readonly routes: Readonly<Record<string, RouteSetting>>;
  /** Only boxes the tenant named; the others have their default name. */
  readonly holdBoxNames: Readonly<Record<number, string>>;
  /** 要注意発送地域 as the tenant saved it; null: it follows the shipped list. */
  readonly cautionAreas: readonly CautionArea[] | null;
  /** 同梱候補 across malls (楽天 with Yahoo!), not only across the shops of one mall. */
  readonly bundleAcrossMalls: boolean;
  /** 顧客ランク by purchase count, highest threshold first; empty: no ranks. */
  readonly customerRanks: readonly CustomerRank[];
}

/** Every tenant has the standard route from the start, before any setting was saved. */
export const STANDARD_ROUTE_ID = STANDARD_ROUTE.routeId;

export const ROUTE_NOT_FOUND = domainError(
  'processing_route.not_found',
  '処理ルートが見つかりません',
  'no such processing route',
);

const refuse = (code: string, ja: string, en: string): E.Either<DomainError, TenantSettingsEvent[]> =>
  E.left(domainError(code, ja, en));

const statusNames = (statuses: readonly WorkflowStatus[]) => statuses.map((s) => STATUS_LABELS[s]).join('→');

/** The checks a route's name and statuses pass whether it is new or edited. */
function routeProblem(state: TenantSettingsState, routeId: string, name: string, statuses: readonly WorkflowStatus[]) {
  if (name === '')
    return refuse('processing_route.name_required', '処理ルート名を入力してください', 'a route needs a name');
  const taken = Object.entries(state.routes).some(
    ([id, route]) => id !== routeId && !route.retired && route.name === name,
  );
  if (taken)
    return refuse(
      'processing_route.name_taken',
      `処理ルート名「${name}」は既に使われています`,
      `a route named ${name} already exists`,
    );
  if (!isValidRoute({ routeId, name, statuses: [...statuses] })) {
    return refuse(
      'processing_route.invalid',
      `処理ルート「${name}」(${statusNames(statuses) || 'ステータスなし'})は、ステータスの順序が正しくないか、処理済みで終わっていません`,
      'a route keeps the canonical order, repeats no status and ends in completed',
    );
  }
  return undefined;
}

const activeRoute = (state: TenantSettingsState, routeId: string): RouteSetting | undefined => {
  const route = Object.hasOwn(state.routes, routeId) ? state.routes[routeId] : undefined;
  return route && !route.retired ? route : undefined;
};

const sameStatuses = (a: readonly WorkflowStatus[], b: readonly WorkflowStatus[]) =>
  a.length === b.length && a.every((s, i) => s === b[i]);

const withRoute = (
  state: TenantSettingsState,
  routeId: string,
  change: (route: RouteSetting) => RouteSetting,
): TenantSettingsState => ({
  ...state,
  routes: { ...state.routes, [routeId]: change(state.routes[routeId]!) },
});

export const tenantSettingsDecider: Decider<TenantSettingsCommand, TenantSettingsEvent, TenantSettingsState> = {
  initialState: () => ({
    routes: { [STANDARD_ROUTE_ID]: { name: STANDARD_ROUTE.name, statuses: STANDARD_ROUTE.statuses, retired: false } },
    holdBoxNames: {},
    cautionAreas: null,
    bundleAcrossMalls: false,
    customerRanks: [],
  }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'ProcessingRouteDefined':
        return {
          ...state,
          routes: {
            ...state.routes,
            [event.data.routeId]: { name: event.data.name, statuses: event.data.statuses, retired: false },
          },
        };
      case 'ProcessingRouteRenamed':
        return withRoute(state, event.data.routeId, (route) => ({ ...route, name: event.data.name }));
      case 'ProcessingRouteStatusesChanged':
        return withRoute(state, event.data.routeId, (route) => ({ ...route, statuses: event.data.statuses }));
      case 'ProcessingRouteRetired':
        return withRoute(state, event.data.routeId, (route) => ({ ...route, retired: true }));
      case 'HoldBoxNamed': {
        const { [event.data.box]: _previous, ...others } = state.holdBoxNames;
        return {
          ...state,
          holdBoxNames: event.data.name === '' ? others : { ...others, [event.data.box]: event.data.name },
        };
      }
      case 'CautionAreasSaved':
        return { ...state, cautionAreas: event.data.areas };
      case 'CautionAreasReset':
        return { ...state, cautionAreas: null };
      case 'BundlingSettingsSet':
        return { ...state, bundleAcrossMalls: event.data.bundleAcrossMalls };
      case 'CustomerRanksSaved':
        return { ...state, customerRanks: event.data.ranks };
    }
  },

  decide: (command, state) => {
    const { tenantId } = command;
    switch (command.type) {
      case 'DefineProcessingRoute': {
        const { routeId, statuses } = command;
        const name = command.name.trim();
        if (Object.hasOwn(state.routes, routeId)) {
          return refuse(
            'processing_route.already_defined',
            '同じIDの処理ルートが既にあります',
            `route ${routeId} already exists`,
          );
        }
        return (
          routeProblem(state, routeId, name, statuses) ??
          E.right([{ type: 'ProcessingRouteDefined', data: { tenantId, routeId, name, statuses: [...statuses] } }])
        );
      }
      case 'ChangeProcessingRoute': {
        const { routeId, statuses } = command;
        const name = command.name.trim();
        const route = activeRoute(state, routeId);
        if (!route) return E.left(ROUTE_NOT_FOUND);
        // Imports fall back to the standard route, so it must always reach every status an order can need.
        if (routeId === STANDARD_ROUTE_ID && !sameStatuses(route.statuses, statuses)) {
          return refuse(
            'processing_route.standard_fixed',
            '標準の処理ルートのステータスは変更できません（名前は変更できます）',
            "the standard route's statuses cannot change",
          );
        }
        const problem = routeProblem(state, routeId, name, statuses);
        if (problem) return problem;
        const events: TenantSettingsEvent[] = [];
        if (name !== route.name) events.push({ type: 'ProcessingRouteRenamed', data: { tenantId, routeId, name } });
        if (!sameStatuses(route.statuses, statuses))
          events.push({ type: 'ProcessingRouteStatusesChanged', data: { tenantId, routeId, statuses: [...statuses] } });
        return E.right(events);
      }
      case 'RetireProcessingRoute': {
        if (command.routeId === STANDARD_ROUTE_ID) {
          return refuse(
            'processing_route.standard_required',
            '標準の処理ルートは削除できません',
            'the standard route cannot be removed',
          );
        }
        if (!activeRoute(state, command.routeId)) return E.left(ROUTE_NOT_FOUND);
        return E.right([{ type: 'ProcessingRouteRetired', data: { tenantId, routeId: command.routeId } }]);
      }
      case 'NameHoldBox': {
        const { box } = command;
        if (!isHoldBox(box))
          return refuse('hold_box.invalid', HOLD_BOXES_RANGE_MESSAGE.ja, HOLD_BOXES_RANGE_MESSAGE.en);
        const name = command.name.trim();
        if ([...name].length > HOLD_BOX_NAME_MAX) {
          return refuse(
            'hold_box.name_too_long',
            `保留ボックス名は${HOLD_BOX_NAME_MAX}文字以内で入力してください`,
            `a hold box name has at most ${HOLD_BOX_NAME_MAX} characters`,
          );
        }
        if ((state.holdBoxNames[box] ?? '') === name) return E.right([]);
        return E.right([{ type: 'HoldBoxNamed', data: { tenantId, box, name } }]);
      }
      case 'SaveCautionAreas':
        return decideCautionAreas(command, state.cautionAreas);
      case 'ResetCautionAreas':
        return decideCautionAreasReset(command, state.cautionAreas);
      case 'SaveCustomerRanks':
        return decideCustomerRanks(command, state.customerRanks);
      case 'SetBundlingSettings':
        if (state.bundleAcrossMalls === command.bundleAcrossMalls) return E.right([]);
        return E.right([
          { type: 'BundlingSettingsSet', data: { tenantId, bundleAcrossMalls: command.bundleAcrossMalls } },
        ]);
    }
  },
};

/** A route as an order keeps it, when the tenant still offers it for new assignments. */
export const assignableRoute = (state: TenantSettingsState, routeId: string) => {
  const route = activeRoute(state, routeId);
  return route && { routeId, name: route.name, statuses: [...route.statuses] };
};
