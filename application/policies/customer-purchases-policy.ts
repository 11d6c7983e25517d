import * as E from 'fp-ts/Either';
import type { CustomerCommand } from '../../domain/customer/customer';
import { customerIdentityKey } from '../../domain/customer/identity';
import type { OrderEnteredByStaff, OrderEvent, OrderImported } from '../../domain/order/events';
import { customerIdFor, deterministicId, streamName } from '../../domain/shared/ids';
import type { Projection } from '../../projections/projection';
import { customerDeciderFor } from '../customers/tenant-customers';
import type { CommandHandler } from '../commands/command-handler';
import type { DecodedEvent, EventRegistry } from '../events/event-registry';
import { type EventStore, readStreamOrEmpty } from '../ports/event-store';
import { type Log, silentLog } from '../ports/log';

export const CUSTOMER_PURCHASES_POLICY = 'customer-purchases-policy';

type OrderCreated = OrderImported | OrderEnteredByStaff;
const isCreation = (e: OrderEvent): e is OrderCreated => e.type === 'OrderImported' || e.type === 'OrderEnteredByStaff';

/** The customer an order's buyer is; undefined when the order names neither an e-mail nor a phone. */
export const customerOfOrder = (tenantId: string, created: OrderCreated): { customerId: string; identityKey: string } | undefined => {
  const identityKey = customerIdentityKey(created.data.mallData.orderer);
  return identityKey === null ? undefined : { customerId: customerIdFor(tenantId, identityKey), identityKey };
};

const recordPurchase = (tenantId: string, customer: { customerId: string; identityKey: string }, { data }: OrderCreated): CustomerCommand => {
  const { name, kana, email, phone } = data.mallData.orderer;
  return {
    type: 'RecordPurchase',
    ...customer,
    tenantId,
    buyer: { name, kana, email, phone },
    orderId: data.orderId,
    orderNumber: data.orderNumber,
    shopId: data.shopId,
    orderedAt: data.mallData.orderedAt,
    billed: data.mallData.amounts.billed,
  };
};

interface Outgoing {
  readonly tenantId: string;
  readonly customerId: string;
  readonly command: CustomerCommand;
  readonly cause: DecodedEvent;
}

/** Commands go out in batches (CommandHandler.handleMany), outside the checkpoint transaction (Projection.react). */
export const POLICY_RUNNER_OPTIONS = { batchSize: 500, standbyRetryMs: 2000 } as const;

// Only blacklisting by staff competes with this policy for a customer's stream, so a few re-reads always settle it.
const RETRIES = 10;

/**
 * 顧客の購入履歴: turns order events into customer commands. An imported or staff-entered order records a purchase for
 * the customer its orderer's normalised e-mail (else phone) identifies (the first purchase registers the customer); a
 * cancelled order withdraws it. The customer is always the one the order's creation named, so a later change of the
 * buyer's e-mail at the mall does not move the purchase.
 *
 * It runs in a ProjectionRunner for its checkpoint, lock and standby, but writes no table: `apply` sends commands.
 * The runner commits the checkpoint in its own transaction, so a crash between a command and that commit delivers the
 * batch again, and a rebuild replays everything. Both are harmless: each command's id is derived from the id of the
 * order event that caused it, and the CommandHandler appends nothing for a command id already in the customer's
 * stream (and the decider counts an order once), so re-delivery appends nothing.
 */
export function customerPurchasesPolicy(deps: { commands: CommandHandler; store: EventStore; registry: EventRegistry; log?: Log }): Projection {
  const log = deps.log ?? silentLog;

  const creationOf = async (orderId: string): Promise<DecodedEvent | undefined> => {
    const [first] = await readStreamOrEmpty(deps.store, streamName.order(orderId));
    return first && deps.registry.decode(first);
  };

  const outgoingFor = async (cause: DecodedEvent): Promise<Outgoing | undefined> => {
    const event = cause.event as OrderEvent;
    if (isCreation(event)) {
      // The tenant the infrastructure recorded for the command, as every read model takes it.
      const tenantId = cause.metadata.tenantId;
      const customer = customerOfOrder(tenantId, event);
      return customer && { tenantId, customerId: customer.customerId, command: recordPurchase(tenantId, customer, event), cause };
    }
    if (event.type !== 'OrderCancelled') return undefined;
    const creation = await creationOf(event.data.orderId);
    if (!creation || !isCreation(creation.event as OrderEvent)) return undefined;
    const tenantId = creation.metadata.tenantId;
    const customer = customerOfOrder(tenantId, creation.event as OrderCreated);
    return customer && { tenantId, customerId: customer.customerId, command: { type: 'WithdrawPurchase', orderId: event.data.orderId }, cause };
  };

  /** One tenant's commands, in log order: handleMany decides a customer met twice in the batch in that order. */
  const send = async (tenantId: string, outgoing: readonly Outgoing[]): Promise<void> => {
    const results = await deps.commands.handleMany(
      customerDeciderFor(tenantId),
      outgoing.map(({ customerId, command, cause }) => ({
        streamName: streamName.customer(customerId),
        command,
        context: { tenantId, actor: 'system', commandId: deterministicId(CUSTOMER_PURCHASES_POLICY, cause.id), correlationId: cause.metadata.correlationId, causationId: cause.id },
      })),
      { commandName: 'CustomerPurchasePolicy', retries: RETRIES },
    );
    for (const [i, result] of results.entries()) {
      if (E.isRight(result)) continue;
      const { customerId, cause } = outgoing[i]!;
      // A refusal (an amount that is not whole yen) would be refused again on every delivery: it is logged, not retried.
      if (result.left.kind === 'rejected') log.warn({ customerId, orderEvent: cause.id, code: result.left.error.code }, 'customer command refused');
      else throw new Error(`customer ${customerId}: still conflicting after ${RETRIES} retries`);
    }
  };

  return {
    name: CUSTOMER_PURCHASES_POLICY,
    filter: { streamPrefixes: ['order-'], eventTypes: ['OrderImported', 'OrderEnteredByStaff', 'OrderCancelled'] },
    tables: [],
    async apply() {
      // Nothing to write in the checkpoint's transaction: the work is in react.
    },
    async react(events) {
      const outgoing = (await Promise.all(events.map(outgoingFor))).filter((o): o is Outgoing => o !== undefined);
      const byTenant = new Map<string, Outgoing[]>();
      for (const o of outgoing) byTenant.set(o.tenantId, [...(byTenant.get(o.tenantId) ?? []), o]);
      for (const [tenantId, commands] of byTenant) await send(tenantId, commands);
    },
  };
}
