import * as E from 'fp-ts/Either';
import { amountsFromLines } from '../../domain/order/amounts';
import type { Amounts, Destination, MallOrderData, OrderLine, Person } from '../../domain/order/order-data';
import type { ColumnMapping } from './column-mapping';
import {
  isCancelledStatus,
  type Parsed,
  parseCount,
  parseDate,
  parseDiscount,
  parseFlag,
  parseInstant,
  parsePayment,
  parseTaxRate,
  parseYen,
  withPrefecture,
} from './field-values';
import { cellFault } from './field-limits';
import { AMOUNT_FIELDS, type AmountField, type Field, FIELDS, PERSON_FIELDS } from './fields';
import type { ImportProblem } from './import-problem';
import type { MappedRow } from './row-reader';

export interface ParsedOrder {
  readonly orderNumber: string;
  readonly firstRow: number;
  readonly mallData: MallOrderData;
  readonly cancelledAtMall: boolean;
  /** The file has no prices: the order's amounts are to be confirmed by another file (the mapping's amountsToConfirm). */
  readonly amountsToConfirm: boolean;
}

const optionPatterns = new WeakMap<ColumnMapping, RegExp | null>();
const optionPattern = (mapping: ColumnMapping): RegExp | null => {
  let pattern = optionPatterns.get(mapping);
  if (pattern === undefined) {
    pattern = mapping.optionRows === undefined ? null : new RegExp(mapping.optionRows);
    optionPatterns.set(mapping, pattern);
  }
  return pattern;
};

/**
 * The rows of one order (one per item) become the order: order fields from its first row, destinations grouped by
 * their key (or by recipient when the file has none), a line per row. Every problem of every row is collected, and an
 * order with any problem is not imported at all: never half an order. Cells the store cannot hold or over their limit
 * (field-limits.ts) are checked first and reported alone.
 */
export function assembleOrder(
  file: string,
  rows: readonly MappedRow[],
  mapping: ColumnMapping,
): E.Either<ImportProblem[], ParsedOrder> {
  const problems: ImportProblem[] = [];
  const first = rows[0]!;
  const take = <A>(row: MappedRow, field: Field, parsed: Parsed<A>, fallback: A): A => {
    if (parsed.ok) return parsed.value;
    // An empty required cell is reported once, as empty, not again as unreadable.
    const column = row.column(field);
    if (!problems.some((p) => p.row === row.row && p.column === column))
      problems.push({ file, row: row.row, column, ja: parsed.ja, en: parsed.en });
    return fallback;
  };
  const required = (row: MappedRow, field: Field) => {
    const text = row.text(field);
    if (text === '')
      problems.push({
        file,
        row: row.row,
        column: row.column(field),
        ja: `${row.column(field)} が空です`,
        en: `${row.column(field)} is empty`,
      });
    return text;
  };
  const person = (row: MappedRow, prefix: 'orderer' | 'recipient'): Person =>
    withPrefecture(Object.fromEntries(PERSON_FIELDS.map((f) => [f, row.text(`${prefix}.${f}`)])) as unknown as Person);
  const withTax = (price: number, taxRate: number) =>
    mapping.pricesBeforeTax ? price + Math[mapping.pricesBeforeTax]((price * taxRate) / 100) : price;
  const unitPrice = (row: MappedRow, quantity: number, taxRate: number): number => {
    if (row.has('line.unitPrice'))
      return withTax(take(row, 'line.unitPrice', parseYen(required(row, 'line.unitPrice')), 0), taxRate);
    const total = take(row, 'line.total', parseYen(required(row, 'line.total')), 0);
    if (total % quantity === 0) return withTax(total / quantity, taxRate);
    problems.push({
      file,
      row: row.row,
      column: row.column('line.total'),
      ja: `金額 ${total} 円が数量 ${quantity} で割り切れません`,
      en: `the amount ${total} yen does not divide by the quantity ${quantity}`,
    });
    return 0;
  };

  // A cell the store cannot hold (NUL, half a surrogate pair) or over its field's limit refuses the order before any
  // reading of it, so that no message quotes it.
  for (const row of rows)
    for (const field of FIELDS) {
      if (!row.has(field)) continue;
      const fault = cellFault(field, row.column(field), row.text(field));
      if (fault) problems.push({ file, row: row.row, column: row.column(field), ...fault });
    }
  if (problems.length > 0) return E.left(problems);

  const orderNumber = required(first, 'orderNumber');
  required(first, 'orderer.name');
  const orderedAt = take(first, 'orderedAt', parseInstant(required(first, 'orderedAt'), mapping.dateFormats), '');
  const orderer = person(first, 'orderer');

  const destinations = new Map<string, { recipient: Person; delivery: Destination['delivery']; lines: OrderLine[] }>();
  const itemRows =
    mapping.itemKinds === undefined ? rows : rows.filter((row) => mapping.itemKinds!.includes(row.text('line.kind')));
  if (itemRows.length === 0)
    problems.push({
      file,
      row: first.row,
      column: first.column('line.kind'),
      ja: '商品の行がありません',
      en: 'the order has no item row',
    });
  let previousLine: OrderLine | undefined;
  // BASE's 商品オプション「のし」 row: its name and choice join the options of the item above, its price the unit price.
  const addOption = (row: MappedRow, option: RegExpExecArray) => {
    if (!previousLine) {
      problems.push({
        file,
        row: row.row,
        column: row.column('line.name'),
        ja: 'オプションの行の前に商品の行がありません',
        en: 'an option row without an item row above it',
      });
      return;
    }
    const text = [option[1] ?? option[0], row.text('line.options')].filter((part) => part !== '').join(':');
    previousLine.options = [previousLine.options, text].filter((part) => part !== '').join('、');
    previousLine.unitPrice += withTax(
      take(row, 'line.unitPrice', parseYen(row.text('line.unitPrice')), 0),
      previousLine.taxRate,
    );
  };
  for (const row of itemRows) {
    const option = optionPattern(mapping)?.exec(row.text('line.name'));
    if (option) {
      addOption(row, option);
      continue;
    }
    const recipient = person(row, 'recipient');
    const toOrderer = recipient.name === '';
    const key =
      row.text('destinationKey') ||
      (toOrderer ? '' : [recipient.name, recipient.postalCode, recipient.street].join('|'));
    let destination = destinations.get(key);
    if (!destination) {
      destination = {
        recipient: toOrderer ? orderer : recipient,
        delivery: {
          desiredDate: take(
            row,
            'delivery.desiredDate',
            parseDate(row.text('delivery.desiredDate'), mapping.dateFormats),
            null,
          ),
          timeSlot: row.text('delivery.timeSlot') || null,
        },
        lines: [],
      };
      destinations.set(key, destination);
    }
    const quantity = take(row, 'line.quantity', parseCount(required(row, 'line.quantity')), 1);
    const taxRate = take(row, 'line.taxRate', parseTaxRate(row.text('line.taxRate')), undefined) ?? 10;
    previousLine = {
      sku: row.text('line.sku'),
      name: required(row, 'line.name'),
      options: row.text('line.options'),
      unitPrice: unitPrice(row, quantity, taxRate),
      quantity,
      taxRate,
    };
    destination.lines.push(previousLine);
  }
  const destinationList: Destination[] = [...destinations.values()];

  const statedAmount = (field: AmountField): number | undefined => {
    if (!first.has(field)) return undefined;
    const over = mapping.summedFields?.includes(field) ? rows : [first];
    const parse = field === 'amounts.pointsUsed' || field === 'amounts.coupons' ? parseDiscount : parseYen;
    return over.reduce((sum, row) => sum + take(row, field, parse(row.text(field)), 0), 0);
  };
  const stated = Object.fromEntries(AMOUNT_FIELDS.map((f) => [f.slice('amounts.'.length), statedAmount(f)])) as Record<
    keyof Omit<Amounts, 'taxByRate'>,
    number | undefined
  >;
  // What the file does not state is worked out from the lines; what it states is kept, so a mismatch is flagged.
  const computed = amountsFromLines(destinationList, {
    shipping: stated.shipping ?? 0,
    codFee: stated.codFee ?? 0,
    wrapping: stated.wrapping ?? 0,
    pointsUsed: stated.pointsUsed ?? 0,
    coupons: stated.coupons ?? 0,
  });
  const amounts: Amounts = {
    ...computed,
    ...Object.fromEntries(Object.entries(stated).filter(([, v]) => v !== undefined)),
  };

  if (problems.length > 0) return E.left(problems);
  return E.right({
    orderNumber,
    firstRow: first.row,
    cancelledAtMall: isCancelledStatus(first.text('status'), mapping),
    amountsToConfirm: mapping.amountsToConfirm === true,
    mallData: {
      orderedAt,
      orderer,
      destinations: destinationList,
      amounts,
      payment: parsePayment(first.text('payment'), mapping),
      gift: {
        isGift: parseFlag(first.text('gift'), mapping),
        noshi: first.text('gift.noshi'),
        wrapping: first.text('gift.wrapping'),
      },
      buyerRemarks: first.text('buyerRemarks'),
      // Kept only when flagged, so an unflagged re-import of an order recorded before the flag changes nothing.
      ...(parseFlag(first.text('remoteIsland'), mapping) && { remoteIsland: true }),
    },
  });
}
