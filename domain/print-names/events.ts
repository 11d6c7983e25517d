import * as t from 'io-ts';

/** 帳票商品名: the name a SKU is printed under instead of the mall's product title. One stream per tenant. */
export const PrintNameSet = t.strict({
  type: t.literal('PrintNameSet'),
  data: t.strict({ tenantId: t.string, sku: t.string, name: t.string }),
});
export type PrintNameSet = t.TypeOf<typeof PrintNameSet>;

/** The SKU prints under the mall's product name again. */
export const PrintNameRemoved = t.strict({
  type: t.literal('PrintNameRemoved'),
  data: t.strict({ tenantId: t.string, sku: t.string }),
});
export type PrintNameRemoved = t.TypeOf<typeof PrintNameRemoved>;

export type PrintNameEvent = PrintNameSet | PrintNameRemoved;

export const PRINT_NAME_EVENTS = { PrintNameSet, PrintNameRemoved } as const;
