import * as t from 'io-ts';
import { PaymentMethod } from '../../domain/shared/payment-method';
import { FIELDS, type Field } from './fields';

/**
 * Where a field's text comes from: a column (by header name, or `#3` for the third column of a file without a header),
 * several columns joined (姓 + 名, 郵便番号1 + 郵便番号2), several amounts added up (ラッピング料金1 + 2), or a constant.
 */
export const Source = t.union([
  t.string,
  t.strict({ columns: t.array(t.string), join: t.string }),
  t.strict({ sum: t.array(t.string) }),
  t.strict({ constant: t.string }),
]);
export type Source = t.TypeOf<typeof Source>;

const FieldSources = t.partial(Object.fromEntries(FIELDS.map((field) => [field, Source])) as Record<Field, typeof Source>);

/**
 * How one file layout maps onto an order. The built-in formats are values of this type, and so are the mappings a shop
 * saves for a cart we do not know: one engine reads them all.
 */
export const ColumnMapping = t.strict({
  delimiter: t.keyof({ ',': null, '\t': null }),
  quoted: t.boolean,
  /** False: the file has no header line and columns are named `#1`, `#2`, … */
  header: t.boolean,
  fields: FieldSources,
  /** luxon formats tried in order, in Asia/Tokyo, before the usual Japanese forms (2026/11/30 10:15, 2026-11-30 …). */
  dateFormats: t.array(t.string),
  /** A file's wording of a payment method → its kind; a wording not listed is `other`, with the wording kept as label. */
  paymentMethods: t.record(t.string, PaymentMethod),
  /** Values of the status field that mean the mall cancelled the order. */
  cancelledStatuses: t.array(t.string),
  /** Values of flag fields (gift) that mean yes. */
  trueValues: t.array(t.string),
});
export type ColumnMapping = t.TypeOf<typeof ColumnMapping>;

/** The columns a source reads, for error reports and for checking a mapping against a file's header. */
export const columnsOf = (source: Source): readonly string[] =>
  typeof source === 'string' ? [source] : 'columns' in source ? source.columns : 'sum' in source ? source.sum : [];
