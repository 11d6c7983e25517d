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

const ColumnNumber = t.refinement(t.number, (n) => Number.isInteger(n) && n > 0, 'ColumnNumber');

/**
 * What a tenant saves (the name is the stream's key, so it is not part of it). `keyColumn` and `trackingNumberColumn`
 * (1-based, as a spreadsheet counts) make the layout readable as a return file too: the carrier's software gives the
 * same columns back with 伝票番号 filled in the tracking-number column, and the key column (printing `key`) finds the
 * parcel. Both or neither.
 */
export const CustomLabelLayoutDefinition = t.exact(
  t.intersection([
    t.type({
      carrier: t.union([Carrier, t.null]),
      encoding: t.keyof({ cp932: null, utf8: null }),
      header: t.boolean,
      columns: t.array(CustomColumn),
    }),
    t.partial({ keyColumn: ColumnNumber, trackingNumberColumn: ColumnNumber }),
  ]),
);
export type CustomLabelLayoutDefinition = t.TypeOf<typeof CustomLabelLayoutDefinition>;

/** Generous for any software's import screen (B2 has 95 columns), and no more. */
export const CUSTOM_COLUMNS_MAX = 200;

export interface CustomLayoutProblem {
  readonly path: string;
  readonly ja: string;
  readonly en: string;
}

/** What the codec cannot say: columns to write, and return-file columns that exist and can be matched. */
export function customLayoutProblems(definition: CustomLabelLayoutDefinition): CustomLayoutProblem[] {
  const problems: CustomLayoutProblem[] = [];
  const { columns, keyColumn, trackingNumberColumn } = definition;
  if (columns.length === 0)
    problems.push({ path: 'layout.columns', ja: '列を1つ以上指定してください', en: 'add at least one column' });
  if (columns.length > CUSTOM_COLUMNS_MAX)
    problems.push({
      path: 'layout.columns',
      ja: `列は${CUSTOM_COLUMNS_MAX}までです`,
      en: `at most ${CUSTOM_COLUMNS_MAX} columns`,
    });
  columns.forEach((column, index) => {
    if ('join' in column.source && column.source.join.length === 0)
      problems.push({
        path: `layout.columns.${index}.source.join`,
        ja: '連結する項目を選んでください',
        en: 'choose the fields to join',
      });
  });
  if ((keyColumn === undefined) !== (trackingNumberColumn === undefined)) {
    const path = keyColumn === undefined ? 'layout.keyColumn' : 'layout.trackingNumberColumn';
    problems.push({
      path,
      ja: '伝票番号取込には、お客様管理番号の列と伝票番号の列の両方を指定してください',
      en: 'tracking import needs both the key column and the tracking-number column',
    });
  }
  for (const [name, at] of [
    ['keyColumn', keyColumn],
    ['trackingNumberColumn', trackingNumberColumn],
  ] as const)
    if (at !== undefined && at > columns.length)
      problems.push({
        path: `layout.${name}`,
        ja: `${at}列目はありません（${columns.length}列）`,
        en: `there is no column ${at} (${columns.length} columns)`,
      });
  const keySource = keyColumn === undefined ? undefined : columns[keyColumn - 1]?.source;
  if (keySource && !('field' in keySource && keySource.field === 'key'))
    problems.push({
      path: 'layout.keyColumn',
      ja: 'お客様管理番号の列には項目「key」（お客様管理番号）を出力してください',
      en: 'the key column must print the field key',
    });
  if (keyColumn !== undefined && keyColumn === trackingNumberColumn)
    problems.push({
      path: 'layout.trackingNumberColumn',
      ja: '伝票番号の列はお客様管理番号の列と別にしてください',
      en: 'the tracking-number column must differ from the key column',
    });
  return problems;
}

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
