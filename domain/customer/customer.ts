import * as E from 'fp-ts/Either';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import type { CustomerEvent } from './events';

/**
 * The first purchase registers the customer, so the importer sends the same command for every order. The id and the
 * identity key are derived outside (identity.ts, ids.ts); the buyer's details are the ones on that first order.
 */
export interface RecordPurchase {
  readonly type: 'RecordPurchase';
  readonly customerId: string;
  readonly tenantId: string;
  readonly identityKey: string;
  readonly buyer: { readonly name: string; readonly kana: string; readonly email: string; readonly phone: string };
  readonly orderId: string;
  /** Carried so the purchase history can show and link the order without reading the order's stream. */
  readonly orderNumber: string;
  readonly shopId: string;
  readonly orderedAt: string;
  readonly billed: number;
}
/** A cancelled order no longer counts as a purchase. */
export interface WithdrawPurchase { readonly type: 'WithdrawPurchase'; readonly orderId: string }
export interface BlacklistCustomer { readonly type: 'BlacklistCustomer'; readonly reason: string }
export interface RemoveCustomerFromBlacklist { readonly type: 'RemoveCustomerFromBlacklist' }
export type CustomerCommand = RecordPurchase | WithdrawPurchase | BlacklistCustomer | RemoveCustomerFromBlacklist;

export type CustomerState =
  | { readonly exists: false }
  | {
      readonly exists: true;
      readonly customerId: string;
      /** Whose customer this is: the API treats another tenant's customer as missing. */
      readonly tenantId: string;
      readonly identityKey: string;
      /** Order ids, oldest first; the purchase count is its length. */
      readonly purchases: readonly string[];
      readonly blacklist: { readonly reason: string } | null;
    };

type Decision = E.Either<DomainError, CustomerEvent[]>;
const emit = (events: CustomerEvent[]): Decision => E.right(events);
const refuse = (code: string, ja: string, en: string): Decision => E.left(domainError(code, ja, en));

export const purchaseCount = (state: CustomerState): number => (state.exists ? state.purchases.length : 0);

export const customerDecider: Decider<CustomerCommand, CustomerEvent, CustomerState> = {
  initialState: () => ({ exists: false }),
  evolve: (state, event) => {
    if (event.type === 'CustomerRegistered') {
      const { customerId, tenantId, identityKey } = event.data;
      return { exists: true, customerId, tenantId, identityKey, purchases: [], blacklist: null };
    }
    if (!state.exists) return state;
    switch (event.type) {
      case 'CustomerPurchaseRecorded':
        return { ...state, purchases: [...state.purchases, event.data.orderId] };
      case 'CustomerPurchaseWithdrawn':
        return { ...state, purchases: state.purchases.filter((id) => id !== event.data.orderId) };
      case 'CustomerBlacklisted':
        return { ...state, blacklist: { reason: event.data.reason } };
      case 'CustomerRemovedFromBlacklist':
        return { ...state, blacklist: null };
    }
  },
  decide: (command, state) => {
    if (command.type === 'RecordPurchase') {
      const { customerId, tenantId, identityKey, buyer, orderId, orderNumber, shopId, orderedAt, billed } = command;
      if (!Number.isSafeInteger(billed) || billed < 0) return refuse('customer.invalid_amount', '購入金額は0以上の整数(円)です', 'a purchase amount is whole yen');
      // Re-importing an order must not count it twice.
      if (state.exists && state.purchases.includes(orderId)) return emit([]);
      const purchase: CustomerEvent = { type: 'CustomerPurchaseRecorded', data: { customerId, orderId, orderNumber, shopId, orderedAt, billed } };
      if (state.exists) return emit([purchase]);
      return emit([{ type: 'CustomerRegistered', data: { customerId, tenantId, identityKey, ...buyer } }, purchase]);
    }
    if (!state.exists) return refuse('customer.not_found', '顧客が見つかりません', 'no such customer');
    const { customerId } = state;
    switch (command.type) {
      case 'WithdrawPurchase':
        return emit(state.purchases.includes(command.orderId) ? [{ type: 'CustomerPurchaseWithdrawn', data: { customerId, orderId: command.orderId } }] : []);
      case 'BlacklistCustomer': {
        if (state.blacklist) {
          const ja = `この顧客は既にブラックリストに登録されています(理由: ${state.blacklist.reason})`;
          return refuse('customer.already_blacklisted', ja, 'the customer is already blacklisted');
        }
        const reason = command.reason.trim();
        if (reason === '') return refuse('customer.blacklist_reason_required', 'ブラックリストに登録する理由を入力してください', 'say why the customer is blacklisted');
        return emit([{ type: 'CustomerBlacklisted', data: { customerId, reason } }]);
      }
      case 'RemoveCustomerFromBlacklist':
        if (!state.blacklist) return refuse('customer.not_blacklisted', 'この顧客はブラックリストに登録されていません', 'the customer is not blacklisted');
        return emit([{ type: 'CustomerRemovedFromBlacklist', data: { customerId } }]);
    }
  },
};
