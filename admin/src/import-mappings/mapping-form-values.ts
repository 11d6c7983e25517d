/**
 * The fields a saved mapping can fill, with the names people know them by (the standard format's headers). The server's
 * list is application/import/fields.ts; tests/unit/admin/import-mapping-fields.test.ts keeps this one inside it.
 */
export const MAPPING_FIELDS: ReadonlyArray<{
  readonly field: string;
  readonly label: string;
  readonly required?: boolean;
}> = [
  { field: 'orderNumber', label: '注文番号', required: true },
  { field: 'orderedAt', label: '注文日時', required: true },
  { field: 'status', label: 'ステータス' },
  { field: 'orderer.name', label: '注文者氏名', required: true },
  { field: 'orderer.kana', label: '注文者フリガナ' },
  { field: 'orderer.postalCode', label: '注文者郵便番号' },
  { field: 'orderer.prefecture', label: '注文者都道府県' },
  { field: 'orderer.city', label: '注文者市区町村' },
  { field: 'orderer.street', label: '注文者番地' },
  { field: 'orderer.building', label: '注文者建物名' },
  { field: 'orderer.phone', label: '注文者電話番号' },
  { field: 'orderer.email', label: '注文者メールアドレス' },
  { field: 'amounts.goods', label: '商品合計' },
  { field: 'amounts.shipping', label: '送料' },
  { field: 'amounts.codFee', label: '代引手数料' },
  { field: 'amounts.wrapping', label: 'ラッピング料' },
  { field: 'amounts.pointsUsed', label: '利用ポイント' },
  { field: 'amounts.coupons', label: 'クーポン値引' },
  { field: 'amounts.total', label: '合計金額' },
  { field: 'amounts.billed', label: '請求金額' },
  { field: 'payment', label: '支払方法' },
  { field: 'gift', label: 'ギフト' },
  { field: 'gift.noshi', label: 'のし' },
  { field: 'gift.wrapping', label: 'ラッピング' },
  { field: 'buyerRemarks', label: '備考' },
  { field: 'remoteIsland', label: '離島フラグ' },
  { field: 'destinationKey', label: '送付先番号' },
  { field: 'recipient.name', label: '送付先氏名' },
  { field: 'recipient.kana', label: '送付先フリガナ' },
  { field: 'recipient.postalCode', label: '送付先郵便番号' },
  { field: 'recipient.prefecture', label: '送付先都道府県' },
  { field: 'recipient.city', label: '送付先市区町村' },
  { field: 'recipient.street', label: '送付先番地' },
  { field: 'recipient.building', label: '送付先建物名' },
  { field: 'recipient.phone', label: '送付先電話番号' },
  { field: 'delivery.desiredDate', label: 'お届け希望日' },
  { field: 'delivery.timeSlot', label: 'お届け時間帯' },
  { field: 'line.sku', label: '商品コード' },
  { field: 'line.name', label: '商品名', required: true },
  { field: 'line.options', label: '項目選択肢' },
  { field: 'line.unitPrice', label: '単価', required: true },
  { field: 'line.quantity', label: '数量', required: true },
  { field: 'line.taxRate', label: '税率' },
];

/** Form inputs name nested values by dots, and the fields' names have dots: in the form they are written with `__`. */
const inputKey = (field: string) => field.replaceAll('.', '__');

interface SavedMapping {
  readonly shopId?: string;
  readonly name?: string;
  readonly mapping?: {
    readonly delimiter?: string;
    readonly header?: boolean;
    readonly fields?: Record<string, unknown>;
    readonly dateFormats?: readonly string[];
    readonly paymentMethods?: Record<string, string>;
    readonly cancelledStatuses?: readonly string[];
  };
}

export interface MappingFormValues {
  readonly shopId?: string;
  readonly name?: string;
  readonly delimiter: string;
  readonly header: boolean;
  readonly columns: Record<string, string>;
  readonly payments: ReadonlyArray<{ wording: string; method: string }>;
  readonly dateFormat: string;
  readonly cancelled: string;
}

const list = (text: string) =>
  text
    .split(/[,、\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

type Source =
  | string
  | { readonly columns: readonly string[]; readonly join: string }
  | { readonly sum: readonly string[] }
  | { readonly constant: string };

/**
 * Several columns are written with `+` between them (姓 + 名): an amount is their sum, a postal code or a phone number
 * its parts joined by hyphens, any other text its parts joined by a space, as carts split names, addresses and phones.
 */
const PLUS = /\s*[+＋]\s*/;
const joinerOf = (field: string) => (/(postalCode|phone)$/.test(field) ? '-' : ' ');

const sourceOf = (field: string, text: string): Source => {
  const parts = text.split(PLUS).filter((part) => part !== '');
  if (parts.length < 2) return text;
  return field.startsWith('amounts.') ? { sum: parts } : { columns: parts, join: joinerOf(field) };
};

/** What the editor can show of a source: a column, or columns with `+` when they are joined the editor's way. */
const textOf = (field: string, source: unknown): string | undefined => {
  if (typeof source === 'string') return source;
  const s = source as { columns?: string[]; join?: string; sum?: string[] };
  if (s.sum && field.startsWith('amounts.')) return s.sum.join(' + ');
  if (s.columns && s.join === joinerOf(field) && !field.startsWith('amounts.')) return s.columns.join(' + ');
  return undefined;
};

/** A saved mapping as the editor shows it; a source the editor cannot show (a constant, another joiner) is kept as is. */
export const toFormValues = (record: SavedMapping | undefined): MappingFormValues => {
  const mapping = record?.mapping ?? {};
  const columns = Object.fromEntries(
    Object.entries(mapping.fields ?? {}).flatMap(([field, source]) => {
      const text = textOf(field, source);
      return text === undefined ? [] : [[inputKey(field), text]];
    }),
  );
  return {
    ...(record?.shopId !== undefined && { shopId: record.shopId }),
    ...(record?.name !== undefined && { name: record.name }),
    delimiter: mapping.delimiter ?? ',',
    header: mapping.header ?? true,
    columns,
    payments: Object.entries(mapping.paymentMethods ?? {}).map(([wording, method]) => ({ wording, method })),
    dateFormat: mapping.dateFormats?.[0] ?? '',
    cancelled: (mapping.cancelledStatuses ?? []).join('、'),
  };
};

/** The editor's values as the API's mapping; sources that are not plain columns are carried over from `previous`. */
export const fromFormValues = (values: MappingFormValues, previous?: SavedMapping) => {
  const kept = Object.fromEntries(
    Object.entries(previous?.mapping?.fields ?? {}).filter(([field, source]) => textOf(field, source) === undefined),
  );
  const fields = Object.fromEntries(
    MAPPING_FIELDS.flatMap(({ field }) => {
      const column = values.columns?.[inputKey(field)]?.trim();
      return column ? [[field, sourceOf(field, column)]] : [];
    }),
  );
  return {
    shopId: values.shopId,
    name: values.name,
    // What the editor does not show (flags' wording, summed fields …) stays as it was.
    mapping: {
      ...previous?.mapping,
      delimiter: values.delimiter,
      quoted: values.delimiter === ',',
      header: values.header,
      fields: { ...kept, ...fields },
      dateFormats: values.dateFormat.trim() ? [values.dateFormat.trim()] : [],
      paymentMethods: Object.fromEntries(
        (values.payments ?? []).filter((p) => p.wording?.trim()).map((p) => [p.wording.trim(), p.method]),
      ),
      cancelledStatuses: list(values.cancelled ?? ''),
    },
  };
};

export const columnSource = (field: string) => `columns.${inputKey(field)}`;
