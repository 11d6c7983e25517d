import type { EventRegistry } from '../events/event-registry';
import type { ShopMailSettingsReader } from '../mail/ports';
import { requestMails, type RequestMailsDependencies } from '../mail/request-mails';
import { loadOrder } from '../orders/load-order';
import type { EventStore } from '../ports/event-store';
import type { Log } from '../ports/log';
import {
  MailSent,
  OrderEnteredByStaff,
  OrderImported,
  OrderStatusAdvanced,
  OrderStatusMoved,
} from '../../domain/order/events';
import type { Projection } from '../../projections/projection';
import { definePolicy } from './define-policy';
import { type AutomaticMailEvent, automaticMailsFor, mayCallForMail } from './automatic-mails';

export interface AutomaticMailsDependencies {
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly settings: ShopMailSettingsReader;
  /** Its pipeline should not wait for the read models: a policy reads the log, not the screens. */
  readonly requests: RequestMailsDependencies;
  readonly log: Log;
}

export const AUTOMATIC_MAILS_POLICY = 'policy:automatic-mails';

/**
 * The automatic mails (サンクスメール, 入金確認, 発送メール, フォローメール) as a process manager: it follows the global log from
 * its own checkpoint like a read model, and for each event asks for the mails the shop's settings call for, as
 * 'system' with the event as causation. It owns no tables: the orders' own mails make it idempotent (trigger
 * 'first'), so a batch applied again after a crash asks for nothing new. A refusal (no e-mail address, a cancelled
 * order, a missing tracking number) is logged and not retried: the order says why on its page.
 */
export function automaticMailsPolicy(deps: AutomaticMailsDependencies): Projection {
  // Beginning at the head: installed on a shop with years of orders, it must not thank every past buyer again.
  return definePolicy({
    name: AUTOMATIC_MAILS_POLICY,
    events: { OrderImported, OrderEnteredByStaff, OrderStatusAdvanced, OrderStatusMoved, MailSent },
    answer: ({ event, metadata, id }) => answer(deps, event, metadata, id),
  });
}

async function answer(
  deps: AutomaticMailsDependencies,
  event: AutomaticMailEvent,
  metadata: { tenantId: string; correlationId: string; occurredAt: string },
  eventId: string,
): Promise<void> {
  if (!mayCallForMail(event)) return;
  const { tenantId } = metadata;
  const { orderId } = event.data;
  const created = event.type === 'OrderImported' || event.type === 'OrderEnteredByStaff' ? event.data : undefined;
  // The shop (and a sent mail's kind) come from the order itself unless the event names them.
  const order = created ? undefined : (await loadOrder(deps.store, deps.registry, orderId)).state;
  if (order && (!order.exists || order.tenantId !== tenantId)) return;
  const shopId = created?.shopId ?? (order?.exists ? order.shopId : '');
  const sentKind =
    event.type === 'MailSent' && order?.exists
      ? order.mails.find((mail) => mail.mailId === event.data.mailId)?.kind
      : undefined;
  const settings = await deps.settings.forShop(tenantId, shopId);
  const asks = automaticMailsFor(event, {
    settings,
    occurredAt: metadata.occurredAt,
    ...(sentKind && { sentKind }),
  });
  for (const ask of asks) {
    const answered = await requestMails(deps.requests, {
      tenantId,
      actor: 'system',
      correlationId: metadata.correlationId,
      causationId: eventId,
      kind: ask.kind,
      orderIds: [orderId],
      notBefore: ask.notBefore,
    });
    for (const refusal of answered.refused)
      deps.log.info({ orderId, kind: ask.kind, refusal: refusal.code }, 'automatic mail not asked for');
  }
}
