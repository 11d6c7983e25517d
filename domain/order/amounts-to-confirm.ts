import type { AmountProblem } from './amounts';
import { checkAmounts } from './amounts';
import type { HoldReason } from './events';
import type { Destination, MallOrderData, OrderLine, Person } from './order-data';

/**
 * An order from a file without prices (Amazon's unshipped orders report) has amounts to confirm: this one problem
 * stands in for the checks, which would only say that 0 yen lines do not add up to the COD amount.
 */
export const AMOUNTS_UNCONFIRMED: AmountProblem = { code: 'amounts_unconfirmed', stated: 0, computed: 0 };

export const hasUnconfirmedAmounts = (problems: readonly AmountProblem[]): boolean =>
  problems.some((p) => p.code === AMOUNTS_UNCONFIRMED.code);

export const importedAmountProblems = (mallData: MallOrderData, amountsToConfirm: boolean): AmountProblem[] =>
  amountsToConfirm ? [AMOUNTS_UNCONFIRMED] : checkAmounts(mallData);

/** The hold an order with amounts to confirm is put in; release on completion is for this hold only. */
export const AMOUNTS_HOLD_REASON: HoldReason = {
  source: 'check',
  ref: AMOUNTS_UNCONFIRMED.code,
  text: '金額未確定(Amazonの注文レポート待ち)',
};

export const isAmountsHold = (reason: HoldReason): boolean =>
  reason.source === AMOUNTS_HOLD_REASON.source && reason.ref === AMOUNTS_HOLD_REASON.ref;

const filled = (shipping: Person, priced: Person | undefined): Person =>
  priced
    ? (Object.fromEntries(
        Object.entries(shipping).map(([field, value]) => [field, value || priced[field as keyof Person]]),
      ) as Person)
    : shipping;

/**
 * The unshipped report's data (what to ship, to whom, when) with the order report's prices: each line takes the unit
 * price and tax rate of the order report's line with the same SKU (else the same name), and the amounts are the order
 * report's. Where the unshipped report leaves a person's field blank (it has no recipient phone) the order report's is
 * kept. Whichever file came first, the result is the same, so importing either again changes nothing.
 */
export const withPricesOf = (shipping: MallOrderData, priced: MallOrderData): MallOrderData => {
  const unused = priced.destinations.flatMap((d) => d.lines);
  const priceOf = (line: OrderLine): OrderLine => {
    const index = unused.findIndex((p) => (line.sku !== '' ? p.sku === line.sku : p.name === line.name));
    if (index < 0) return line;
    const [match] = unused.splice(index, 1);
    return { ...line, unitPrice: match!.unitPrice, taxRate: match!.taxRate };
  };
  const destinations: Destination[] = shipping.destinations.map((d, i) => ({
    ...d,
    recipient: filled(d.recipient, priced.destinations[i]?.recipient),
    lines: d.lines.map(priceOf),
  }));
  return { ...shipping, orderer: filled(shipping.orderer, priced.orderer), destinations, amounts: priced.amounts };
};
