import * as E from 'fp-ts/Either';
import type { Caller, CommandPipeline } from '../commands/command-pipeline';
import { CONFLICT } from '../commands/refusals';
import type { EventRegistry } from '../events/event-registry';
import type { Clock } from '../ports/clock';
import type { EventStore } from '../ports/event-store';
import { type DocumentSettingsSource, loadOrders } from '../documents/print-documents';
import type { Issuer } from '../documents/document-input';
import { FILE_BULK_BATCH, FILE_BULK_CONCURRENCY, runBulkOrderCommands } from '../orders/bulk-order-commands';
import { loadShop } from '../shops/shop-shipping-defaults';
import { DEFAULT_LEAVE_DOCUMENTS_WAITING } from '../../domain/documents/document-settings';
import type { Person } from '../../domain/order/order-data';
import type { ExistingOrder } from '../../domain/order/state';
import type { Carrier } from '../../domain/shared/carrier';
import type { DomainError } from '../../domain/shared/decider';
import { labelKeyFor } from '../../domain/shared/ids';
import { renderLabelRow, writeRenderedRows } from './check-label-rows';
import type { LabelLayout, LabelProblem } from './label-layout';
import { type AccountCodes, type LabelRow, labelRowsFor } from './label-row';
import { type CustomLabelLayout, customLayout } from './custom-layout';
import { builtInLayout } from './layouts';
import { bundleLabelKey, bundleRows, type Parcel, parcelsOf } from './bundle-label';

/** Orders per export: 10,000 destinations to B2 is the benchmark's size; a larger tab is narrowed first. */
export const MAX_ORDERS_PER_EXPORT = 10_000;

export interface ExportLabelsDependencies {
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly pipeline: CommandPipeline;
  readonly clock: Clock;
  /** The shop's issuer (ご依頼主), 帳票商品名 (品名) and its setting for leaving 伝票・帳票出力待ち. */
  readonly settings: DocumentSettingsSource;
  /** The tenant's contract codes per carrier (projections/carrier-accounts). */
  readonly carrierAccounts: (tenantId: string) => Promise<ReadonlyMap<Carrier, AccountCodes>>;
  /** The tenant's カスタム送り状 of that name (projections/custom-label-layouts), for `custom:<name>`. */
  readonly customLayout: (tenantId: string, name: string) => Promise<CustomLabelLayout | undefined>;
}

export interface LabelExportRequest {
  /** A built-in layout's name (b2cloud, …) or custom:NAME. */
  readonly layout: string;
  readonly orderIds: readonly string[];
  /**
   * A layout that takes few rows a file (クリックポスト まとめ申込: 40) is written as several files instead of being
   * refused; without it, more rows than one file takes are refused with `too-many` and the file's maximum.
   */
  readonly splitFiles?: boolean;
}

/** One order's reasons the carrier's software would refuse it; `key` names the destination's label. */
export interface OrderLabelProblems {
  readonly orderId: string;
  readonly orderNumber: string;
  readonly problems: readonly LabelProblem[];
}

export type LabelExportRefusal =
  | { readonly kind: 'unknown-layout'; readonly layout: string }
  /** `perFile`: the layout's rows per file (クリックポスト 40), not the orders per export. */
  | { readonly kind: 'too-many'; readonly count: number; readonly max: number; readonly perFile?: true }
  /** Missing or another tenant's (they look the same): the whole export is refused, nothing is recorded. */
  | { readonly kind: 'not-found'; readonly orderIds: readonly string[] }
  /** Checked before anything is recorded or written: the person fixes these orders or exports the rest. */
  | { readonly kind: 'problems'; readonly orders: readonly OrderLabelProblems[] }
  /** Every order was refused when recorded (cancelled meanwhile): there is nothing to write. */
  | { readonly kind: 'nothing-exported'; readonly results: readonly OrderExportResult[] };

export interface OrderExportResult {
  readonly orderId: string;
  readonly orderNumber: string;
  /** recorded: in the file; moved: that and moved out of 伝票・帳票出力待ち; refused: left out of the file. */
  readonly outcome: 'recorded' | 'moved' | 'refused';
  readonly reason?: DomainError;
}

export interface LabelExport {
  /** The first (usually the only) file. */
  readonly file: Buffer;
  /** Every file, in order: more than one only when the request asked to split a layout's rows per file. */
  readonly files: readonly Buffer[];
  readonly fileName: string;
  readonly encoding: LabelLayout['encoding'];
  readonly summary: {
    readonly orders: number;
    readonly labels: number;
    readonly moved: number;
    readonly refused: number;
  };
  readonly results: readonly OrderExportResult[];
}

const CARRIER_NAMES: Readonly<Record<Carrier, string>> = {
  yamato: 'ヤマト運輸',
  sagawa: '佐川急便',
  japanpost: '日本郵便',
  seino: '西濃運輸',
  fukuyama: '福山通運',
  other: 'その他',
};

/** The shop's issuer as ご依頼主: its address is one text, which the layout splits over its address columns. */
const senderOf = (issuer: Issuer | undefined): Person => ({
  name: issuer?.name ?? '',
  kana: '',
  postalCode: issuer?.postalCode ?? '',
  prefecture: '',
  city: '',
  street: issuer?.address ?? '',
  building: '',
  phone: issuer?.phone ?? '',
  email: issuer?.email ?? '',
});

/** Japan's date and minute, as a shop dates its files: today for the ship date, and the file name. */
const tokyo = (at: Date) => new Date(at.getTime() + 9 * 3600_000).toISOString();

export const CUSTOM_LAYOUT_PREFIX = 'custom:';

/** A built-in layout by name, or the tenant's own as `custom:<name>`. */
async function layoutNamed(
  deps: ExportLabelsDependencies,
  tenantId: string,
  name: string,
): Promise<LabelLayout | undefined> {
  if (!name.startsWith(CUSTOM_LAYOUT_PREFIX)) return builtInLayout(name);
  const custom = await deps.customLayout(tenantId, name.slice(CUSTOM_LAYOUT_PREFIX.length));
  return custom && customLayout(custom);
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, n) => items.slice(n * size, (n + 1) * size));

/** What is wrong with the order as a whole, before its rows are checked. */
function orderProblems(order: ExistingOrder, layout: LabelLayout, rows: readonly LabelRow[]): LabelProblem[] {
  const key = rows[0]?.key ?? labelKeyFor(order.orderId, 0);
  const problem = (detail: string): LabelProblem => ({ key, field: layout.title, reason: 'refused', text: '', detail });
  if (order.status === 'cancelled') return [problem('キャンセル済みの受注です')];
  if (rows.length === 0) return [problem('送付先がありません')];
  if (!order.shopData.shipping) return [problem('配送方法（運送会社・送り状種類）が未設定です')];
  const carrier = order.shopData.shipping.carrier;
  if (layout.carrier !== null && carrier !== layout.carrier)
    return [
      problem(`この受注の運送会社は${CARRIER_NAMES[carrier]}です（${layout.title}は${CARRIER_NAMES[layout.carrier]}）`),
    ];
  return [];
}

/**
 * 送り状データ出力, for the API and the CLI alike. The orders are loaded first: one missing or of another tenant refuses
 * the whole export. Every order's labels (one per destination) are then built and checked; any problem refuses the
 * whole export, with every problem per order, before anything is recorded or written. Then the export is recorded on
 * every order (one bulk command: each order recorded, moved or refused on its own), and the file is written from the
 * orders recorded: a label in the file always has its record, so its tracking number finds the parcel.
 */
export async function exportLabels(
  deps: ExportLabelsDependencies,
  caller: Caller,
  request: LabelExportRequest,
): Promise<E.Either<LabelExportRefusal, LabelExport>> {
  const layout = await layoutNamed(deps, caller.tenantId, request.layout);
  if (!layout) return E.left({ kind: 'unknown-layout', layout: request.layout });
  const orderIds = [...new Set(request.orderIds)];
  if (orderIds.length > MAX_ORDERS_PER_EXPORT)
    return E.left({ kind: 'too-many', count: orderIds.length, max: MAX_ORDERS_PER_EXPORT });
  const { orders, histories, missing } = await loadOrders(deps, caller.tenantId, orderIds);
  if (missing.length > 0) return E.left({ kind: 'not-found', orderIds: missing });

  const requested = orderIds.map((id) => orders.get(id)!);
  // 同梱: an order of a bundle brings the bundle's other orders, asked for or not; one label goes for them all.
  const others = [...new Set(requested.flatMap((o) => o.bundle?.orderIds ?? []))].filter((id) => !orders.has(id));
  const members = others.length > 0 ? await loadOrders(deps, caller.tenantId, others) : undefined;
  for (const [id, order] of members?.orders ?? []) {
    orders.set(id, order);
    histories.set(id, members!.histories.get(id)!);
  }
  const parcels = parcelsOf(requested, orders);
  const loaded = parcels.flatMap((p) => p.orders);
  const shopIds = [...new Set(loaded.map((o) => o.shopId))];
  const skus = [...new Set(loaded.flatMap((o) => o.mallData.destinations.flatMap((d) => d.lines.map((l) => l.sku))))];
  const [shops, issuers, printNames, leave, accounts] = await Promise.all([
    Promise.all(shopIds.map((id) => loadShop(deps.store, deps.registry, id))),
    deps.settings.shopDocumentSettings(caller.tenantId, shopIds),
    deps.settings.printNames(caller.tenantId, skus),
    deps.settings.leaveDocumentsWaitingFor(caller.tenantId, shopIds),
    deps.carrierAccounts(caller.tenantId),
  ]);
  // The shop's own slip type of its default carrier: what a COD order's other destinations go as.
  const plainSlipTypes = new Map(
    shops.flatMap((shop, index) =>
      shop.status === 'registered' && shop.shippingDefaults.shipping
        ? [[shopIds[index]!, shop.shippingDefaults.shipping]]
        : [],
    ),
  );
  const now = deps.clock.now();
  const today = tokyo(now).slice(0, 10);

  const planned = parcels.map((parcel: Parcel) => {
    const order = parcel.orders[0]!;
    const carrier = order.shopData.shipping?.carrier ?? layout.carrier ?? 'other';
    const settings = {
      sender: senderOf(issuers.get(order.shopId)?.issuer),
      defaultShipping: { carrier, slipType: '' },
      today,
      printName: (sku: string, name: string) => printNames.get(sku) ?? name,
      accountCodes: accounts.get(carrier) ?? {},
      ...(plainSlipTypes.get(order.shopId)?.carrier === carrier && {
        plainSlipType: plainSlipTypes.get(order.shopId)!.slipType,
      }),
      keyFor: (index: number) =>
        parcel.bundleId ? bundleLabelKey(parcel.bundleId) : labelKeyFor(order.orderId, index),
    };
    const rows = parcel.bundleId
      ? bundleRows(layout, parcel.orders, (bundle) => labelRowsFor(bundle, settings))
      : labelRowsFor({ orderNumber: order.orderNumber, mall: order.mallData, shop: order.shopData }, settings);
    const problems = parcel.orders.flatMap((member) => orderProblems(member, layout, rows));
    if (new Set(parcel.orders.map((o) => o.shopData.shipping?.carrier)).size > 1)
      problems.push({
        key: rows[0]?.key ?? '',
        field: layout.title,
        reason: 'refused',
        text: '',
        detail: '同梱の受注の運送会社が異なります',
      });
    // A held order ships with its bundle only when staff asked for it by name: the hold was for a reason.
    for (const member of parcel.orders)
      if (member.status === 'held' && !orderIds.includes(member.orderId))
        problems.push({
          key: rows[0]?.key ?? '',
          field: layout.title,
          reason: 'refused',
          text: '',
          detail: `同梱の受注 ${member.orderNumber} が保留中です（保留を解除するか、同梱を解除してください）`,
        });
    if (problems.length > 0) return { parcel, order, rows, rendered: [], problems };
    const rendered = rows.map((row) => renderLabelRow(layout, row));
    return { parcel, order, rows, rendered, problems: rendered.flatMap((r) => r.problems) };
  });
  const refused = planned.filter((p) => p.problems.length > 0);
  if (refused.length > 0)
    return E.left({
      kind: 'problems',
      orders: refused.map(({ order, problems }) => ({
        orderId: order.orderId,
        orderNumber: order.orderNumber,
        problems,
      })),
    });
  const labelCount = planned.reduce((sum, p) => sum + p.rows.length, 0);
  // Each order of a parcel records the export with the parcel's keys: a bundle's one key maps back to every order.
  const recordings = planned.flatMap(({ parcel, rows }) => parcel.orders.map((order) => ({ order, rows })));
  const perFile = layout.maxRowsPerFile;
  if (perFile !== undefined && labelCount > perFile && !request.splitFiles)
    return E.left({ kind: 'too-many', count: labelCount, max: perFile, perFile: true });

  const recorded = await runBulkOrderCommands(
    deps.pipeline,
    caller,
    'RecordLabelDataExported',
    recordings.map(({ order, rows }) => ({
      orderId: order.orderId,
      history: histories.get(order.orderId)!,
      command: {
        type: 'RecordLabelDataExported',
        carrier: rows[0]!.carrier,
        layout: request.layout,
        labels: rows.map((row, destinationIndex) => ({ destinationIndex, key: row.key })),
        leaveDocumentsWaiting: leave.get(order.shopId) ?? DEFAULT_LEAVE_DOCUMENTS_WAITING,
      },
    })),
    FILE_BULK_BATCH,
    FILE_BULK_CONCURRENCY,
  );
  const results: OrderExportResult[] = recordings.map(({ order }, index) => {
    const result = recorded[index]!;
    const reason = E.isRight(result) ? undefined : result.left.kind === 'rejected' ? result.left.error : CONFLICT;
    const moved = E.isRight(result) && result.right.events.some((e) => e.type === 'OrderStatusAdvanced');
    return {
      orderId: order.orderId,
      orderNumber: order.orderNumber,
      outcome: reason ? 'refused' : moved ? 'moved' : 'recorded',
      ...(reason && { reason }),
    };
  });
  // A parcel's label is written when one of its orders recorded it (the others cancelled meanwhile are reported).
  const recordedIds = new Set(results.filter((r) => r.outcome !== 'refused').map((r) => r.orderId));
  const written = planned
    .filter((p) => p.parcel.orders.some((o) => recordedIds.has(o.orderId)))
    .flatMap((p) => p.rendered);
  if (written.length === 0) return E.left({ kind: 'nothing-exported', results });
  const stamp = tokyo(now);
  const files = chunks(written, perFile ?? written.length).map((rows) => writeRenderedRows(layout, rows));
  return E.right({
    file: files[0]!,
    files,
    fileName: `${request.layout.replace(/[^0-9A-Za-z_-]/g, '_')}-${stamp.slice(0, 10).replaceAll('-', '')}-${stamp.slice(11, 16).replace(':', '')}.csv`,
    encoding: layout.encoding,
    summary: {
      orders: results.filter((r) => r.outcome !== 'refused').length,
      labels: written.length,
      moved: results.filter((r) => r.outcome === 'moved').length,
      refused: results.filter((r) => r.outcome === 'refused').length,
    },
    results,
  });
}
