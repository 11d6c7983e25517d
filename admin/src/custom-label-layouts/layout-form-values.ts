/**
 * The fields a カスタム送り状 column can print, in the order the editor offers them. The server's list is LABEL_FIELDS in
 * application/labels/custom-layout.ts; tests/unit/admin/custom-label-layout-form.test.ts keeps the two the same. Their
 * names are under oms.custom_label_layouts.label_fields.<field with _ for .>.
 */
export const LABEL_FIELDS = [
  'key',
  'orderNumber',
  'slipType',
  'shipDate',
  'deliveryDate',
  'deliveryTimeSlot',
  'itemName',
  'parcels',
  'codAmount',
  'slipNote',
  'customerCode',
  'classCode',
  'freightCode',
  'shipperCode',
  ...(['recipient', 'sender'] as const).flatMap((who) =>
    ['name', 'kana', 'postalCode', 'address', 'building', 'phone', 'email'].map((part) => `${who}.${part}`),
  ),
] as const;

export const fieldLabelKey = (field: string) => `oms.custom_label_layouts.label_fields.${field.replace('.', '_')}`;

type Source =
  | { readonly field: string }
  | { readonly fixed: string }
  | { readonly join: readonly string[]; readonly separator: string };

interface SavedColumn {
  readonly header: string;
  readonly source: Source;
  readonly limit?: number;
}

interface SavedLayout {
  readonly name?: string;
  readonly layout?: {
    readonly carrier: string | null;
    readonly encoding: 'cp932' | 'utf8';
    readonly header: boolean;
    readonly columns: readonly SavedColumn[];
    readonly keyColumn?: number;
    readonly trackingNumberColumn?: number;
  };
}

export type ColumnKind = 'field' | 'fixed' | 'join';

/** One column as the editor shows it: what kind of source, and the inputs of each kind (only its own is sent). */
export interface ColumnFormValues {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly field?: string;
  readonly fixed?: string;
  readonly join?: readonly string[];
  readonly separator?: string;
  readonly limit?: number | null;
}

export interface LayoutFormValues {
  readonly name?: string;
  /** '' for a layout of no carrier in particular: react-admin's select has no null choice. */
  readonly carrier: string;
  readonly encoding: 'cp932' | 'utf8';
  readonly header: boolean;
  readonly columns: readonly ColumnFormValues[];
  readonly keyColumn?: number | null;
  readonly trackingNumberColumn?: number | null;
}

const columnValues = ({ header, source, limit }: SavedColumn): ColumnFormValues => {
  const common = { header, ...(limit !== undefined && { limit }) };
  if ('field' in source) return { ...common, kind: 'field', field: source.field };
  if ('fixed' in source) return { ...common, kind: 'fixed', fixed: source.fixed };
  return { ...common, kind: 'join', join: source.join, separator: source.separator };
};

export const toFormValues = (record: SavedLayout | undefined): LayoutFormValues => {
  const layout = record?.layout;
  return {
    ...(record?.name !== undefined && { name: record.name }),
    carrier: layout?.carrier ?? '',
    encoding: layout?.encoding ?? 'cp932',
    header: layout?.header ?? true,
    columns: (layout?.columns ?? []).map(columnValues),
    ...(layout?.keyColumn !== undefined && { keyColumn: layout.keyColumn }),
    ...(layout?.trackingNumberColumn !== undefined && { trackingNumberColumn: layout.trackingNumberColumn }),
  };
};

const sourceOf = (column: ColumnFormValues): Source => {
  switch (column.kind) {
    case 'fixed':
      return { fixed: column.fixed ?? '' };
    case 'join':
      return { join: column.join ?? [], separator: column.separator ?? '' };
    default:
      return { field: column.field ?? '' };
  }
};

const present = (n: number | null | undefined): n is number => typeof n === 'number' && !Number.isNaN(n);

/** The body the API takes: `{ name, layout }` on create, `{ layout }` on edit (the name is the layout's key). */
export const fromFormValues = (values: LayoutFormValues) => ({
  ...(values.name !== undefined && { name: values.name }),
  layout: {
    carrier: values.carrier === '' ? null : values.carrier,
    encoding: values.encoding,
    header: values.header,
    columns: values.columns.map((column) => ({
      header: column.header ?? '',
      source: sourceOf(column),
      ...(present(column.limit) && { limit: column.limit }),
    })),
    ...(present(values.keyColumn) && { keyColumn: values.keyColumn }),
    ...(present(values.trackingNumberColumn) && { trackingNumberColumn: values.trackingNumberColumn }),
  },
});
