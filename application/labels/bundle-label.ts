// 同梱: the orders of a bundle ship as one parcel, so the label-data export writes one label for them: the first
// order's destination, every order number, and the amounts to collect added up.
import type { ExistingOrder } from '../../domain/order/state';
import { labelKeyFor } from '../../domain/shared/ids';
import { renderLabelRow } from './check-label-rows';
import type { LabelLayout } from './label-layout';
import { COD_SLIP_TYPES, type LabelOrder, type LabelRow } from './label-row';

/** What one label is written for: one order, or the orders of a bundle (the first one's destination on the label). */
export interface Parcel {
  readonly orders: readonly ExistingOrder[];
  readonly bundleId: string | null;
}

/**
 * The parcels of the orders to export. An order of a bundle brings the whole bundle, also orders not asked for (they
 * go in the same box); a cancelled order of a bundle does not ship and is left out of its parcel. `members` are the
 * bundles' orders as loaded.
 */
export function parcelsOf(orders: readonly ExistingOrder[], members: ReadonlyMap<string, ExistingOrder>): Parcel[] {
  const parcels: Parcel[] = [];
  const bundled = new Set<string>();
  for (const order of orders) {
    if (!order.bundle) {
      parcels.push({ orders: [order], bundleId: null });
      continue;
    }
    if (bundled.has(order.bundle.bundleId)) continue;
    bundled.add(order.bundle.bundleId);
    const all = order.bundle.orderIds.map((id) => members.get(id) ?? (id === order.orderId ? order : undefined));
    const shipping = all.filter((o): o is ExistingOrder => o !== undefined && o.status !== 'cancelled');
    parcels.push({ orders: shipping.length > 0 ? shipping : [order], bundleId: order.bundle.bundleId });
  }
  return parcels;
}

/** The bundle's key: one label for all its orders, the same on a reprint (a key per bundle, destination 0). */
export const bundleLabelKey = (bundleId: string): string => labelKeyFor(bundleId, 0);

const isCod = (order: ExistingOrder) => COD_SLIP_TYPES.has(order.shopData.shipping?.slipType ?? '');

/**
 * The bundle as one order for labelRowsFor: the first order's destination and shipping, a COD order's slip type when
 * any order collects, and 代引金額 = the billed amounts of the bundle's COD orders added up.
 */
export function bundleLabelOrder(orders: readonly ExistingOrder[], numbers: BundleNumbers): LabelOrder {
  const first = orders[0]!;
  const cod = orders.filter(isCod);
  return {
    orderNumber: numbers.orderNumber,
    mall: {
      ...first.mallData,
      amounts: { ...first.mallData.amounts, billed: cod.reduce((sum, o) => sum + o.mallData.amounts.billed, 0) },
    },
    shop: {
      ...first.shopData,
      shipping: cod[0]?.shopData.shipping ?? first.shopData.shipping,
      slipNote: numbers.slipNote,
    },
  };
}

export interface BundleNumbers {
  readonly orderNumber: string;
  readonly slipNote: string;
}

/** Whether the layout writes the order number anywhere (e飛伝 has no column for it). */
const printsOrderNumber = (layout: LabelLayout, row: LabelRow): boolean => {
  const marker = '\u0000order-number';
  const probe = { ...row, orderNumber: marker };
  return layout.columns.some((column) => column.value(probe, { recipient: [], sender: [] }) === marker);
};

/**
 * Where the order numbers go, within the layout's widths: all of them in the order-number column when the layout has
 * one that takes them (B2's 検索キー, ゆうプリR's 受注番号), else the first there and all of them in 記事 (「同梱 A B」
 * before the first order's note). When that does not fit either the row is refused as too wide, as any row is:
 * nothing is cut.
 */
export function bundleRows(
  layout: LabelLayout,
  orders: readonly ExistingOrder[],
  build: (order: LabelOrder) => LabelRow[],
): LabelRow[] {
  const numbers = orders.map((o) => o.orderNumber);
  const note = orders[0]!.shopData.slipNote;
  const together = build(bundleLabelOrder(orders, { orderNumber: numbers.join(' '), slipNote: note }));
  const fits = together.every(
    (row) =>
      printsOrderNumber(layout, row) &&
      !renderLabelRow(layout, row).problems.some((p) => p.reason === 'too-wide' && p.text.includes(row.orderNumber)),
  );
  if (fits) return together;
  const inNote = [`同梱 ${numbers.join(' ')}`, note].filter(Boolean).join(' ');
  return build(bundleLabelOrder(orders, { orderNumber: numbers[0]!, slipNote: inNote }));
}
