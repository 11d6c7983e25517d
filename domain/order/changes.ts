import { OrderChanges } from './events';
import type { MallOrderData } from './order-data';

/** Key order differs between a parsed file and a decoded event, so equality is structural, not textual. */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
};

// Taken from the change codec, which must name every field of the mall's data (checked here), so none is missed.
const CHANGEABLE: Record<keyof MallOrderData, unknown> = OrderChanges.type.props;
const FIELDS = Object.keys(CHANGEABLE) as (keyof MallOrderData)[];

export const diffMallData = (before: MallOrderData, after: MallOrderData): OrderChanges =>
  Object.fromEntries(
    FIELDS.filter((field) => !deepEqual(before[field], after[field])).map((field) => [
      field,
      { before: before[field], after: after[field] },
    ]),
  ) as OrderChanges;

export const hasChanges = (changes: OrderChanges): boolean => Object.keys(changes).length > 0;

export const applyChanges = (data: MallOrderData, changes: OrderChanges): MallOrderData => ({
  ...data,
  ...Object.fromEntries(
    Object.entries(changes).map(([field, change]) => [field, (change as { after: unknown }).after]),
  ),
});
