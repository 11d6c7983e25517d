import { buyerStatusOf, type BuyerStatus } from '../../domain/mail/buyer-status';
import type { TaxRounding } from '../../domain/documents/document-kind';
import type { ExistingOrder } from '../../domain/order/state';
import { CARRIER_CODES } from '../../domain/shipping/carrier-codes';
import { japaneseDate, postalAddress, yen } from '../documents/document-format';
import { type AmountRow, amountRows } from '../documents/kinds/purchase-statement';
import { trackingLinks } from '../tracking/tracking-links';

/**
 * What the マイページ shows of one order, and nothing else: no id of another record, no staff memo, no internal status
 * name. Amounts are the rows the statements print (amountRows), so the page and the PDF agree to the yen.
 */
export interface OrderPage {
  readonly orderNumber: string;
  readonly orderedOn: string;
  readonly paymentLabel: string;
  readonly status: BuyerStatus;
  readonly destinations: readonly PageDestination[];
  readonly amounts: readonly AmountRow[];
  /** A receipt was issued already: its 宛名 and 但し書き are fixed and every download is a 再発行. */
  readonly receiptIssued: boolean;
  /** What the receipt form offers the first time: the orderer's name and the shop's 但し書き. */
  readonly receiptDefaults: { readonly addressee: string; readonly proviso: string };
  readonly cancelled: boolean;
}

export interface PageDestination {
  readonly name: string;
  readonly address: readonly string[];
  readonly lines: ReadonlyArray<{ name: string; options: string; quantity: number; amount: string }>;
  readonly parcel: { carrier: string; trackingNumber: string; url: string | null } | null;
}

export function orderPage(
  order: ExistingOrder,
  shop: { readonly taxRounding: TaxRounding; readonly receiptProviso: string },
): OrderPage {
  const data = order.mallData;
  const parcels = new Map(trackingLinks(order).map((link) => [link.destinationIndex, link]));
  return {
    orderNumber: order.orderNumber,
    orderedOn: japaneseDate(data.orderedAt),
    paymentLabel: data.payment.label,
    status: buyerStatusOf(order.status),
    destinations: data.destinations.map((destination, index) => {
      const parcel = parcels.get(index);
      return {
        name: destination.recipient.name,
        address: postalAddress(destination.recipient),
        lines: destination.lines.map((line) => ({
          name: line.name,
          options: line.options,
          quantity: line.quantity,
          amount: yen(line.unitPrice * line.quantity),
        })),
        parcel: parcel
          ? { carrier: CARRIER_CODES[parcel.carrier].nameJa, trackingNumber: parcel.trackingNumber, url: parcel.url }
          : null,
      };
    }),
    amounts: amountRows(order, shop.taxRounding),
    receiptIssued: order.printing.receiptIssues > 0,
    receiptDefaults: {
      addressee: order.printing.receipt.addressee ?? data.orderer.name,
      proviso: order.printing.receipt.proviso ?? shop.receiptProviso,
    },
    cancelled: order.status === 'cancelled',
  };
}
