import * as t from 'io-ts';
import { Carrier } from '../shared/carrier';

/**
 * The codes a carrier's software wants on every label, as the layouts write them (application/labels/label-row.ts):
 * Yamato customerCode 請求先顧客コード, classCode 請求先分類コード, freightCode 運賃管理番号; Sagawa customerCode お客様コード;
 * Japan Post customerCode お客様番号; Seino and 福山 shipperCode 荷送人コード. An empty text is a code not set.
 */
export const CarrierAccountCodes = t.strict({
  customerCode: t.string,
  classCode: t.string,
  freightCode: t.string,
  shipperCode: t.string,
});
export type CarrierAccountCodes = t.TypeOf<typeof CarrierAccountCodes>;

/** A tenant's contract codes with one carrier (運送会社アカウント), one stream per tenant; the codes as they now are. */
export const CarrierAccountSet = t.strict({
  type: t.literal('CarrierAccountSet'),
  data: t.strict({ tenantId: t.string, carrier: Carrier, codes: CarrierAccountCodes }),
});
export type CarrierAccountSet = t.TypeOf<typeof CarrierAccountSet>;

export type CarrierAccountEvent = CarrierAccountSet;

export const CARRIER_ACCOUNT_EVENTS = { CarrierAccountSet } as const;
