import * as t from 'io-ts';
import { CautionArea } from '../checks/check-finding';
import { CustomerRank } from '../customer/ranks';
import { WorkflowStatus } from '../order/status';

/** A tenant's processing routes (処理ルート) and hold-box names (保留ボックス名), one stream per tenant. */
export const ProcessingRouteDefined = t.strict({
  type: t.literal('ProcessingRouteDefined'),
  data: t.strict({ tenantId: t.string, routeId: t.string, name: t.string, statuses: t.array(WorkflowStatus) }),
});
export type ProcessingRouteDefined = t.TypeOf<typeof ProcessingRouteDefined>;

export const ProcessingRouteRenamed = t.strict({
  type: t.literal('ProcessingRouteRenamed'),
  data: t.strict({ tenantId: t.string, routeId: t.string, name: t.string }),
});
export type ProcessingRouteRenamed = t.TypeOf<typeof ProcessingRouteRenamed>;

export const ProcessingRouteStatusesChanged = t.strict({
  type: t.literal('ProcessingRouteStatusesChanged'),
  data: t.strict({ tenantId: t.string, routeId: t.string, statuses: t.array(WorkflowStatus) }),
});
export type ProcessingRouteStatusesChanged = t.TypeOf<typeof ProcessingRouteStatusesChanged>;

/** Orders already on the route keep their own copy of it; only new assignments stop offering it. */
export const ProcessingRouteRetired = t.strict({
  type: t.literal('ProcessingRouteRetired'),
  data: t.strict({ tenantId: t.string, routeId: t.string }),
});
export type ProcessingRouteRetired = t.TypeOf<typeof ProcessingRouteRetired>;

/** An empty name gives the box back its default name (保留ボックスN). */
export const HoldBoxNamed = t.strict({
  type: t.literal('HoldBoxNamed'),
  data: t.strict({ tenantId: t.string, box: t.number, name: t.string }),
});
export type HoldBoxNamed = t.TypeOf<typeof HoldBoxNamed>;

/** 要注意発送地域: the tenant's whole table, replacing the previous one (or the shipped list). */
export const CautionAreasSaved = t.strict({
  type: t.literal('CautionAreasSaved'),
  data: t.strict({ tenantId: t.string, areas: t.array(CautionArea) }),
});
export type CautionAreasSaved = t.TypeOf<typeof CautionAreasSaved>;

/** 初期リストに戻す: the tenant's table is the shipped list again, as before it saved one. */
export const CautionAreasReset = t.strict({
  type: t.literal('CautionAreasReset'),
  data: t.strict({ tenantId: t.string }),
});
export type CautionAreasReset = t.TypeOf<typeof CautionAreasReset>;
/** 顧客ランク: the tenant's whole rank table by purchase count, replacing the previous one (empty: no ranks). */
export const CustomerRanksSaved = t.strict({
  type: t.literal('CustomerRanksSaved'),
  data: t.strict({ tenantId: t.string, ranks: t.array(CustomerRank) }),
});
export type CustomerRanksSaved = t.TypeOf<typeof CustomerRanksSaved>;

/** 同梱: whether orders of different malls to the same recipient are offered as 同梱候補 (default: one mall only). */
export const BundlingSettingsSet = t.strict({
  type: t.literal('BundlingSettingsSet'),
  data: t.strict({ tenantId: t.string, bundleAcrossMalls: t.boolean }),
});
export type BundlingSettingsSet = t.TypeOf<typeof BundlingSettingsSet>;

export type TenantSettingsEvent =
  | ProcessingRouteDefined
  | ProcessingRouteRenamed
  | ProcessingRouteStatusesChanged
  | ProcessingRouteRetired
  | HoldBoxNamed
  | CautionAreasSaved
  | CautionAreasReset
  | BundlingSettingsSet
  | CustomerRanksSaved;

export const TENANT_SETTINGS_EVENTS = {
  ProcessingRouteDefined,
  ProcessingRouteRenamed,
  ProcessingRouteStatusesChanged,
  ProcessingRouteRetired,
  HoldBoxNamed,
  CautionAreasSaved,
  CautionAreasReset,
  BundlingSettingsSet,
  CustomerRanksSaved,
} as const;
