import * as t from 'io-ts';

export const OrderNumberReserved = t.strict({
  type: t.literal('OrderNumberReserved'),
  data: t.strict({ tenantId: t.string, day: t.string, sequence: t.number, orderNumber: t.string, requestId: t.string }),
});
export type OrderNumberReserved = t.TypeOf<typeof OrderNumberReserved>;

export const ORDER_NUMBER_EVENTS = { OrderNumberReserved } as const;

export type OrderNumberEvent = OrderNumberReserved;
