import { INDIVIDUAL_MESSAGE_MAX, SHOP_MEMO_MAX, SLIP_NOTE_MAX } from '../../../domain/order/shop-edits';
import { RECEIPT_ADDRESSEE_MAX, RECEIPT_PROVISO_MAX } from '../../../domain/order/documents';
import * as t from 'io-ts';
import type { OrderCommand, UntrackedSlipTypes } from '../../../domain/order/commands';
import type { Permission } from '../../../domain/staff-user/permissions';
import { HOLD_BOXES, WorkflowStatus } from '../../../domain/order/status';
import type { ProcessingRoute } from '../../../domain/order/route';
import { Carrier } from '../../../domain/shared/carrier';
import { isBusinessDate } from '../../../domain/shared/dates';
import { requiredText } from '../required-text';
import { boundedArray, boundedInt, boundedText as Text, IdText } from '../input-codecs';
import type { ReferenceField } from '../../../application/commands/references';
import { contentsEditOf, EditContentsBody, Line, type LineBody, orderLineOf } from './order-contents-body';

/** A tag, a reason: what fits on the order page. */
export const TAG_MAX = 50;
export const REASON_MAX = 500;
/** The carrier's kind of slip (発払い, コレクト, ネコポス, …). */
export const SLIP_TYPE_MAX = 50;
/** A number as staff paste it, hyphens and spaces included; the domain keeps it bare. */
const TRACKING_NUMBER_INPUT_MAX = 60;
const ChangeId = t.partial({ changeId: Text(200) });
const BusinessDate = t.refinement(t.string, isBusinessDate, 'date written 2026-12-01');
/** Exact, so a key the domain does not know never reaches an event. */
const ShippingMethodBody = t.exact(t.type({ carrier: Carrier, slipType: Text(SLIP_TYPE_MAX) }));
/** A part left out is left as the order has it; null clears it. */
const ShippingPlanBody = t.partial({
  shipping: t.union([ShippingMethodBody, t.null]),
  plannedShipDate: t.union([BusinessDate, t.null]),
});
type ShippingPlanBody = t.TypeOf<typeof ShippingPlanBody>;
const HoldBox = boundedInt(1, HOLD_BOXES);

/**
 * The order commands the API accepts, by the name in `/commands/<name>`: each with the permission it needs, the codec of
 * its body, the ids in the body that name something to look up first (`references`, optional) and how the body becomes
 * a domain command. This table is the one place an order command is declared: the router and the command pipeline
 * (application/commands/command-pipeline.ts) do the rest. Imports and staff-entered orders have endpoints of their own.
 */
export const ORDER_COMMANDS = {
  /** The shops' untracked slip types are read first (`readsUntrackedSlipTypes`): `toCommand` gets them. */
  advance: {
    permission: 'orders.process',
    readsUntrackedSlipTypes: true,
    body: t.type({}),
    toCommand: (b: { untrackedSlipTypes?: UntrackedSlipTypes }) => ({
      type: 'AdvanceOrderStatus',
      ...(b.untrackedSlipTypes && { untrackedSlipTypes: b.untrackedSlipTypes }),
    }),
  },
  move: {
    permission: 'orders.process',
    readsUntrackedSlipTypes: true,
    body: t.type({ to: WorkflowStatus }),
    toCommand: (b: { to: WorkflowStatus; untrackedSlipTypes?: UntrackedSlipTypes }) => ({
      type: 'MoveOrderStatus',
      to: b.to,
      ...(b.untrackedSlipTypes && { untrackedSlipTypes: b.untrackedSlipTypes }),
    }),
  },
  hold: {
    permission: 'orders.process',
    body: t.type({ box: HoldBox, reason: Text(REASON_MAX) }),
    toCommand: (b: { box: number; reason: string }) => ({
      type: 'HoldOrder',
      box: b.box,
      reason: { source: 'staff', ref: null, text: b.reason },
    }),
  },
  release: { permission: 'orders.process', body: t.type({}), toCommand: () => ({ type: 'ReleaseOrder' }) },
  cancel: {
    permission: 'orders.cancel',
    body: t.type({ reason: Text(REASON_MAX) }),
    toCommand: (b: { reason: string }) => ({ type: 'CancelOrder', reason: b.reason }),
  },
  'add-tag': {
    permission: 'orders.process',
    body: t.type({ tag: Text(TAG_MAX) }),
    toCommand: (b: { tag: string }) => ({ type: 'AddOrderTag', tag: b.tag }),
  },
  'remove-tag': {
    permission: 'orders.process',
    body: t.type({ tag: Text(TAG_MAX) }),
    toCommand: (b: { tag: string }) => ({ type: 'RemoveOrderTag', tag: b.tag }),
  },
  /** The route is looked up by id in the tenant's settings first: `toCommand` gets it as `route`. */
  'assign-route': {
    permission: 'orders.process',
    references: ['routeId'],
    body: t.type({ routeId: IdText, startFromFirstStatus: t.boolean }),
    toCommand: (b: { route: ProcessingRoute; startFromFirstStatus: boolean }) => ({
      type: 'AssignProcessingRoute',
      route: b.route,
      startFromFirstStatus: b.startFromFirstStatus,
    }),
  },
  'edit-memo': {
    permission: 'orders.process',
    body: t.type({ shopMemo: Text(SHOP_MEMO_MAX) }),
    toCommand: (b: { shopMemo: string }) => ({ type: 'EditShopMemo', shopMemo: b.shopMemo }),
  },
  'edit-slip-note': {
    permission: 'orders.process',
    body: t.type({ slipNote: Text(SLIP_NOTE_MAX) }),
    toCommand: (b: { slipNote: string }) => ({ type: 'EditSlipNote', slipNote: b.slipNote }),
  },
  'edit-individual-message': {
    permission: 'orders.process',
    body: t.type({ individualMessage: Text(INDIVIDUAL_MESSAGE_MAX) }),
    toCommand: (b: { individualMessage: string }) => ({
      type: 'EditIndividualMessage',
      individualMessage: b.individualMessage,
    }),
  },
  'set-shipping-plan': {
    permission: 'orders.process',
    body: ShippingPlanBody,
    toCommand: (b: ShippingPlanBody) => ({
      type: 'SetShippingPlan',
      ...(b.shipping !== undefined && { shipping: b.shipping }),
      ...(b.plannedShipDate !== undefined && { plannedShipDate: b.plannedShipDate }),
    }),
  },
  /** Without `changeId` (bulk from the list) the change waiting now on each order; with it, only that change. */
  'confirm-change': {
    permission: 'orders.process',
    body: ChangeId,
    toCommand: (b: { changeId?: string }) => ({ type: 'ConfirmOrderChange', changeId: b.changeId ?? null }),
  },
  'reject-change': {
    permission: 'orders.process',
    body: t.intersection([t.type({ reason: requiredText(REASON_MAX) }), ChangeId]),
    toCommand: (b: { reason: string; changeId?: string }) => ({
      type: 'RejectOrderChange',
      changeId: b.changeId ?? null,
      reason: b.reason,
    }),
  },
  /** 領収書 宛名 and 但し書き of the order; null or empty: the default (the orderer; the shop's 但し書き). */
  'set-receipt-details': {
    permission: 'orders.process',
    body: t.type({
      addressee: t.union([Text(RECEIPT_ADDRESSEE_MAX), t.null]),
      proviso: t.union([Text(RECEIPT_PROVISO_MAX), t.null]),
    }),
    toCommand: (b: { addressee: string | null; proviso: string | null }) => ({
      type: 'SetReceiptDetails',
      addressee: b.addressee,
      proviso: b.proviso,
    }),
  },
  /** 伝票番号 of one destination (送付先, by index from 0), typed on the order page. */
  'set-tracking-number': {
    permission: 'orders.process',
    body: t.type({
      destinationIndex: boundedInt(0, 999),
      carrier: Carrier,
      trackingNumber: Text(TRACKING_NUMBER_INPUT_MAX),
    }),
    toCommand: (b: { destinationIndex: number; carrier: Carrier; trackingNumber: string }) => ({
      type: 'SetTrackingNumber',
      destinationIndex: b.destinationIndex,
      carrier: b.carrier,
      trackingNumber: b.trackingNumber,
      source: 'staff',
    }),
  },
  /**
   * 受注編集: the whole new list of destinations and/or the charges; the amounts are worked out again. One order at a
   * time: the same list for many orders would make them one order's copies.
   */
  'edit-contents': {
    permission: 'orders.process',
    singleOrder: true,
    body: EditContentsBody,
    toCommand: (b: EditContentsBody) => ({ type: 'EditOrderContents', edit: contentsEditOf(b) }),
  },
  /** 商品を追加: one more line for a destination (by index from 0; the first when left out), on one order or many. */
  'add-item': {
    permission: 'orders.process',
    body: t.intersection([t.type({ line: Line }), t.partial({ destinationIndex: boundedInt(0, 999) })]),
    toCommand: (b: { line: LineBody; destinationIndex?: number }) => ({
      type: 'AddOrderLine',
      destinationIndex: b.destinationIndex ?? 0,
      line: orderLineOf(b.line),
    }),
  },
} as const satisfies Record<string, OrderCommandSpec>;

interface OrderCommandSpec {
  readonly permission: Permission;
  readonly body: t.Mixed;
  readonly references?: readonly ReferenceField[];
  /** The command decides on the shops' slip types without tracking (伝票番号未設定 may be passed without a number). */
  readonly readsUntrackedSlipTypes?: true;
  /** Not offered as a bulk action (`/orders/commands/<name>`): what it says belongs to one order. */
  readonly singleOrder?: true;
  readonly toCommand: (body: never) => OrderCommand;
}

export type OrderCommandName = keyof typeof ORDER_COMMANDS;

export const isOrderCommandName = (name: string): name is OrderCommandName => Object.hasOwn(ORDER_COMMANDS, name);

/** Optional on every body: the revision the user was looking at, so a stale edit is refused instead of applied. */
export const ExpectedRevision = t.partial({ expectedRevision: boundedInt(0, Number.MAX_SAFE_INTEGER) });

export const BulkIds = t.type({
  ids: t.refinement(boundedArray(IdText, 500), (ids) => ids.length >= 1, '1–500 order ids'),
});

export const readsUntrackedSlipTypes = (spec: OrderCommandSpec): boolean => spec.readsUntrackedSlipTypes === true;

export const isSingleOrderOnly = (spec: OrderCommandSpec): boolean => spec.singleOrder === true;

/** The ids a command's body names, to be resolved before `toCommand`. */
export const references = (spec: OrderCommandSpec): readonly ReferenceField[] => spec.references ?? [];

/** The domain command of a decoded (and resolved) body; the table's entries each type their own body. */
export const toOrderCommand = (spec: OrderCommandSpec, body: unknown): OrderCommand =>
  (spec.toCommand as (b: unknown) => OrderCommand)(body);
