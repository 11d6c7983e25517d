import * as E from 'fp-ts/Either';
import { type CustomerCommand, customerDecider, type CustomerState } from '../../domain/customer/customer';
import type { CustomerEvent } from '../../domain/customer/events';
import { type Decider, domainError } from '../../domain/shared/decider';

export const CUSTOMER_NOT_FOUND = domainError('customer.not_found', '顧客が見つかりません', 'no such customer');

/**
 * The customer decider as one tenant sees it: another tenant's customer does not exist. The API's customer commands go
 * through this, as order commands go through orderDeciderFor.
 */
export const customerDeciderFor = (tenantId: string): Decider<CustomerCommand, CustomerEvent, CustomerState> => ({
  ...customerDecider,
  decide: (command, state) => (state.exists && state.tenantId !== tenantId ? E.left(CUSTOMER_NOT_FOUND) : customerDecider.decide(command, state)),
});
