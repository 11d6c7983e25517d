import * as t from 'io-ts';
import { Carrier } from '../../domain/shared/carrier';
import type { Person } from '../../domain/order/order-data';
import { addressOf, digitsOf, type Cell, type LabelColumn, type LabelLayout } from './label-layout';
import type { LabelRow } from './label-row';

const PERSON_PARTS = ['name', 'kana', 'postalCode', 'address', 'building', 'phone', 'email'] as const;
type PersonPart = (typeof PERSON_PARTS)[number];

const personPart = (person: Person, part: PersonPart): string => {
  switch (part) {
    case 'address':
      return addressOf(person);
    case 'postalCode':
    case 'phone':
      return digitsOf(person[part]);
    default:
      return person[part];
  }
};

/** What a custom column can print: every field of a label row, addresses as one 住所 plus the building. */
const FIELD_VALUES = {
  key: (r: LabelRow) => r.key,
  orderNumber: (r: LabelRow) => r.orderNumber,
  slipType: (r: LabelRow) => r.slipType,
  shipDate: (r: LabelRow) => r.shipDate.replace(/-/g, '/'),
  deliveryDate: (r: LabelRow) => (r.delivery.date ?? '').replace(/-/g, '/'),
  deliveryTimeSlot: (r: LabelRow) => r.delivery.timeSlot ?? '',
  itemName: (r: LabelRow) => r.itemName,
  parcels: (r: LabelRow) => String(r.parcels),
  codAmount: (r: LabelRow) => (r.codAmount === null ? '' : String(Math.round(r.codAmount))),
  slipNote: (r: LabelRow) => r.slipNote,
  customerCode: (r: LabelRow) => r.accountCodes.customerCode ?? '',
  classCode: (r: LabelRow) => r.accountCodes.classCode ?? '',
  freightCode: (r: LabelRow) => r.accountCodes.freightCode ?? '',
  shipperCode: (r: LabelRow) => r.accountCodes.shipperCode ?? '',
  ...Object.fromEntries(
    (['recipient', 'sender'] as const).flatMap((who) =>
      PERSON_PARTS.map((part) => [`${who}.${part}`, (r: LabelRow) => personPart(r[who], part)]),
    ),
  ),
} as Record<string, (row: LabelRow) => string>;

export const LABEL_FIELDS = Object.keys(FIELD_VALUES);

export const LabelField = t.keyof(Object.fromEntries(LABEL_FIELDS.map((f) => [f, null])) as Record<string, null>);
export type LabelField = t.TypeOf<typeof LabelField>;

/** A column's text: one field, a fixed text, or fields joined (姓名, 住所 + 建物) with a separator. */
export const CustomColumnSource = t.union([
  t.strict({ field: LabelField }),
  t.strict({ fixed: t.string }),
  t.strict({ join: t.array(LabelField), separator: t.string }),
]);
export type CustomColumnSource = t.TypeOf<typeof CustomColumnSource>;

const Width = t.refinement(t.number, (n) => Number.isInteger(n) && n > 0, 'PositiveInteger');

export const CustomColumn = t.exact(
  t.intersection([t.type({ header: t.string, source: CustomColumnSource }), t.partial({ limit: Width })]),
);
export type CustomColumn = t.TypeOf<typeof CustomColumn>;

/** カスタム送り状: a shop's own layout, kept as events and written by the same engine as the built-in ones. */
export const CustomLabelLayout = t.strict({
  name: t.string,
  carrier: t.union([Carrier, t.null]),
  encoding: t.keyof({ cp932: null, utf8: null }),
  header: t.boolean,
  columns: t.array(CustomColumn),
});
export type CustomLabelLayout = t.TypeOf<typeof CustomLabelLayout>;

const valueOf = (source: CustomColumnSource, row: LabelRow): Cell => {
  if ('fixed' in source) return source.fixed;
  if ('field' in source) return FIELD_VALUES[source.field]?.(row) ?? '';
  return source.join
    .map((field) => FIELD_VALUES[field]?.(row) ?? '')
    .filter((text) => text !== '')
    .join(source.separator);
};

/** The custom layout as a LabelLayout: checkLabelRows and writeLabelFile take it like any built-in one. */
export function customLayout(definition: CustomLabelLayout): LabelLayout {
  return {
    name: `custom:${definition.name}`,
    title: definition.name,
    carrier: definition.carrier,
    header: definition.header,
    encoding: definition.encoding,
    recipientAddress: [],
    senderAddress: [],
    columns: definition.columns.map((column): LabelColumn => ({
      name: column.header,
      value: (row) => valueOf(column.source, row),
      ...(column.limit === undefined ? {} : { limit: column.limit }),
    })),
  };
}
