import * as E from 'fp-ts/Either';
import { amountsFromLines } from '../../domain/order/amounts';
import type { Amounts, Destination, MallOrderData, OrderLine, Person } from '../../domain/order/order-data';
import type { ColumnMapping } from './column-mapping';
import { isCancelledStatus, type Parsed, parseCount, parseDate, parseFlag, parseInstant, parsePayment, parseTaxRate, parseYen } from './field-values';
import { type Field, PERSON_FIELDS } from './fields';
import type { ImportProblem } from './import-problem';
import type { MappedRow } from './row-reader';

export interface ParsedOrder {
  readonly orderNumber: string;
  readonly firstRow: number;
  readonly mallData: MallOrderData;
  readonly cancelledAtMall: boolean;
}

const AMOUNT_FIELDS = ['goods', 'shipping', 'codFee', 'wrapping', 'pointsUsed', 'coupons', 'total', 'billed'] as const;

/**
 * The rows of one order (one per item) become the order: order fields from its first row, destinations grouped by
 * their key (or by recipient when the file has none), a line per row. Every problem of every row is collected, and an
 * order with any problem is not imported at all: never half an order.
 */
export function assembleOrder(file: string, rows: readonly MappedRow[], mapping: ColumnMapping): E.Either<ImportProblem[], ParsedOrder> {
  const problems: ImportProblem[] = [];
  const first = rows[0]!;
  const take = <A>(row: MappedRow, field: Field, parsed: Parsed<A>, fallback: A): A => {
    if (parsed.ok) return parsed.value;
    problems.push({ file, row: row.row, column: row.column(field), ja: parsed.ja, en: parsed.en });
    return fallback;
  };
  const required = (row: MappedRow, field: Field) => {
    const text = row.text(field);
    if (text === '') problems.push({ file, row: row.row, column: row.column(field), ja: `${row.column(field)} が空です`, en: `${row.column(field)} is empty` });
    return text;
  };
  const person = (row: MappedRow, prefix: 'orderer' | 'recipient'): Person =>
    Object.fromEntries(PERSON_FIELDS.map((f) => [f, row.text(`${prefix}.${f}`)])) as unknown as Person;

  const orderNumber = required(first, 'orderNumber');
  required(first, 'orderer.name');
  const orderedAt = take(first, 'orderedAt', parseInstant(required(first, 'orderedAt'), mapping.dateFormats), '');
  const orderer = person(first, 'orderer');

  const destinations = new Map<string, { recipient: Person; delivery: Destination['delivery']; lines: OrderLine[] }>();
  for (const row of rows) {
    const recipient = person(row, 'recipient');
    const toOrderer = recipient.name === '';
    const key = row.text('destinationKey') || (toOrderer ? '' : [recipient.name, recipient.postalCode, recipient.street].join('|'));
    let destination = destinations.get(key);
    if (!destination) {
      destination = {
        recipient: toOrderer ? orderer : recipient,
        delivery: {
          desiredDate: take(row, 'delivery.desiredDate', parseDate(row.text('delivery.desiredDate'), mapping.dateFormats), null),
          timeSlot: row.text('delivery.timeSlot') || null,
        },
        lines: [],
      };
      destinations.set(key, destination);
    }
    destination.lines.push({
      sku: row.text('line.sku'),
      name: required(row, 'line.name'),
      options: row.text('line.options'),
      unitPrice: take(row, 'line.unitPrice', parseYen(required(row, 'line.unitPrice')), 0),
      quantity: take(row, 'line.quantity', parseCount(required(row, 'line.quantity')), 1),
      taxRate: take(row, 'line.taxRate', parseTaxRate(row.text('line.taxRate')), undefined) ?? 10,
    });
  }
  const destinationList: Destination[] = [...destinations.values()];

  const stated = Object.fromEntries(
    AMOUNT_FIELDS.map((f) => [f, first.has(`amounts.${f}`) ? take(first, `amounts.${f}`, parseYen(first.text(`amounts.${f}`)), 0) : undefined]),
  ) as Record<(typeof AMOUNT_FIELDS)[number], number | undefined>;
  // What the file does not state is worked out from the lines; what it states is kept, so a mismatch is flagged.
  const computed = amountsFromLines(destinationList, {
    shipping: stated.shipping ?? 0,
    codFee: stated.codFee ?? 0,
    wrapping: stated.wrapping ?? 0,
    pointsUsed: stated.pointsUsed ?? 0,
    coupons: stated.coupons ?? 0,
  });
  const amounts: Amounts = { ...computed, ...Object.fromEntries(Object.entries(stated).filter(([, v]) => v !== undefined)) };

  if (problems.length > 0) return E.left(problems);
  return E.right({
    orderNumber,
    firstRow: first.row,
    cancelledAtMall: isCancelledStatus(first.text('status'), mapping),
    mallData: {
      orderedAt,
      orderer,
      destinations: destinationList,
      amounts,
      payment: parsePayment(first.text('payment'), mapping),
      gift: { isGift: parseFlag(first.text('gift'), mapping), noshi: first.text('gift.noshi'), wrapping: first.text('gift.wrapping') },
      buyerRemarks: first.text('buyerRemarks'),
    },
  });
}
