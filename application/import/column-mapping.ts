import * as t from 'io-ts';
import { PaymentMethod } from '../../domain/shared/payment-method';
import { AMOUNT_FIELDS, type AmountField, FIELDS, type Field } from './fields';

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

/** A regular expression's source, refused when it does not compile, so that a saved mapping cannot break an import. */
const compiles = (source: string): boolean => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

// `is` says what `decode` does, as a type guard should.
const Pattern = new t.Type<string, string, unknown>(
  'RegExp',
  (input): input is string => typeof input === 'string' && compiles(input),
  (input, context) => {
    if (typeof input !== 'string') return t.failure(input, context, 'not a string');
    return compiles(input) ? t.success(input) : t.failure(input, context, `not a regular expression: ${input}`);
  },
  t.identity,
);

const FieldSources = t.partial(
  Object.fromEntries(FIELDS.map((field) => [field, Source])) as Record<Field, typeof Source>,
);

/**
 * How one file layout maps onto an order. The built-in formats are values of this type, and so are the mappings a shop
 * saves for a cart we do not know: one engine reads them all.
 */
export const ColumnMapping = t.exact(
  t.intersection([
    t.type({
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
      /** Values of flag fields (gift) that mean yes; `*` means any text (Amazon and Yahoo name the wrapping, not a flag). */
      trueValues: t.array(t.string),
    }),
    t.partial({
      /**
       * Order amounts the file states per item row, so that the order's amount is their sum over its rows (Amazon puts
       * each item's share of shipping, gift wrap and promotions on its row).
       */
      summedFields: t.array(
        t.keyof(Object.fromEntries(AMOUNT_FIELDS.map((f) => [f, null])) as Record<AmountField, null>),
      ),
      /**
       * Rows whose line name matches this regular expression are options of the item line above them, not items (BASE:
       * 商品名「商品オプション「X」」). The first capture group (or the whole name) and the row's line.options are added to
       * that line's options, and the option's amount to its unit price.
       */
      optionRows: Pattern,
      /** Values of line.kind that mark an item row; the other rows (EC-CUBE's 送料, 手数料, 割引 rows) are skipped. */
      itemKinds: t.array(t.string),
      /**
       * The layout comes as an order file and an item file that share this column (Yahoo: Orders + Items on OrderId).
       * Both have a header; the one without the line name's column is the order file, joined onto each item row.
       */
      joinOn: t.string,
      /**
       * The unit prices are before tax (EC-CUBE's 価格): one unit's tax at the line's rate is added, rounded this way
       * (the shop's 税率ルール), since an order's prices here include tax.
       */
      pricesBeforeTax: t.keyof({ round: null, floor: null, ceil: null }),
      /**
       * The file has no prices (Amazon's unshipped orders report): its orders come in with amounts to confirm, held in
       * the shop's box for them, until a file with prices for the same order (the order report) completes them.
       */
      amountsToConfirm: t.literal(true),
    }),
  ]),
);
export type ColumnMapping = t.TypeOf<typeof ColumnMapping>;

/** The columns a source reads, for error reports and for checking a mapping against a file's header. */
export const columnsOf = (source: Source): readonly string[] =>
  typeof source === 'string' ? [source] : 'columns' in source ? source.columns : 'sum' in source ? source.sum : [];
