import * as E from 'fp-ts/Either';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import type { CustomerEvent } from './events';

/**
 * What staff decide about a customer. Purchases are not decided here: they are facts of the orders, and the customer
 * list with its purchase history is read from the order events (projections/customers). A customer's stream therefore
 * starts with the first decision about them; whether the customer exists for the tenant is for the caller to check
 * against the customer list first, as the API does.
 */
export interface BlacklistCustomer {
  readonly type: 'BlacklistCustomer';
  readonly customerId: string;
  readonly reason: string;
}
export interface RemoveCustomerFromBlacklist {
  readonly type: 'RemoveCustomerFromBlacklist';
  readonly customerId: string;
}
export type CustomerCommand = BlacklistCustomer | RemoveCustomerFromBlacklist;

export interface CustomerState {
  readonly blacklist: { readonly reason: string } | null;
}

type Decision = E.Either<DomainError, CustomerEvent[]>;
const refuse = (code: string, ja: string, en: string): Decision => E.left(domainError(code, ja, en));

export const customerDecider: Decider<CustomerCommand, CustomerEvent, CustomerState> = {
  initialState: () => ({ blacklist: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'CustomerBlacklisted':
        return { blacklist: { reason: event.data.reason } };
      case 'CustomerRemovedFromBlacklist':
        return { blacklist: null };
      // Purchases were once recorded on the customer's stream too; they count for nothing here.
      default:
        return state;
    }
  },
  decide: (command, state) => {
    const { customerId } = command;
    switch (command.type) {
      case 'BlacklistCustomer': {
        if (state.blacklist) {
          const ja = `この顧客は既にブラックリストに登録されています(理由: ${state.blacklist.reason})`;
          return refuse('customer.already_blacklisted', ja, 'the customer is already blacklisted');
        }
        const reason = command.reason.trim();
        if (reason === '')
          return refuse(
            'customer.blacklist_reason_required',
            'ブラックリストに登録する理由を入力してください',
            'say why the customer is blacklisted',
          );
        return E.right([{ type: 'CustomerBlacklisted', data: { customerId, reason } }]);
      }
      case 'RemoveCustomerFromBlacklist':
        if (!state.blacklist)
          return refuse(
            'customer.not_blacklisted',
            'この顧客はブラックリストに登録されていません',
            'the customer is not blacklisted',
          );
        return E.right([{ type: 'CustomerRemovedFromBlacklist', data: { customerId } }]);
    }
  },
};
