import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import * as E from 'fp-ts/Either';
import type { MailKind } from '../../domain/mail/mail-kind';
import type { UntrackedSlipTypes } from '../../domain/order/commands';
import { isUuid, mailIdFor } from '../../domain/shared/ids';
import type { Caller, CommandPipeline } from '../commands/command-pipeline';
import { CONFLICT } from '../commands/refusals';
import { runBulkOrderCommands } from '../orders/bulk-order-commands';

/** Orders one send may name: a status tab of a large shop's day. */
export const MAX_MAILS_PER_REQUEST = 10_000;

/**
 * The trigger of a mail staff ask for again or write (`resend`, `individual`): named by the request's Idempotency-Key
 * when it has one, so the same request sent twice is one mail; otherwise a mail of its own.
 */
export const writtenMailTrigger = (
  prefix: 'resend' | 'individual',
  orderId: string,
  idempotencyKey: string | undefined,
): string => `${prefix}:${idempotencyKey ? uuidv5(idempotencyKey, orderId) : randomUUID()}`;

/** A mail written by staff (an individual mail) or kept as first sent (a resend): the worker sends it as it is. */
export interface MailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
}

/** Where a mail's written content waits for the worker, keyed by the mail's id (the mail outbox). */
export interface MailContents {
  /** Keeps the first content stored for the mail: asking again never changes what is sent. */
  keep(tenantId: string, orderId: string, mailId: string, content: MailContent): Promise<void>;
}

export interface RequestMailsDependencies {
  readonly pipeline: CommandPipeline;
  readonly contents: MailContents;
  /** Each shop's slip types without a tracking number (see application/shops/untracked-slip-types.ts). */
  readonly untrackedSlipTypes: (tenantId: string) => Promise<UntrackedSlipTypes>;
}

export interface MailRequest extends Caller {
  readonly kind: MailKind;
  readonly orderIds: readonly string[];
  /** 'first' (the default) for the one occasion of a kind; `resend:<uuid>`, `individual:<uuid>`. */
  readonly trigger?: string;
  /** ISO instant before which the mail is not sent. */
  readonly notBefore?: string | null;
  /** The same for every order named: written mails are for one order at a time. */
  readonly content?: MailContent;
}

export interface MailRefusal {
  readonly orderId: string;
  readonly code: string;
  /** Japanese, as staff read it. */
  readonly message: string;
  readonly en: string;
}

export interface MailRequestsAnswer {
  /** Newly asked for: the queue will send them. */
  readonly queued: number;
  /** Asked for before (the same kind and trigger): nothing new. */
  readonly skipped: number;
  readonly refused: readonly MailRefusal[];
}

const NOT_FOUND = { code: 'order.not_found', message: '受注が見つかりません', en: 'no such order' };

/**
 * Asks for one mail per order through the command pipeline's bulk path. The mail's id follows from (order, kind,
 * trigger), so an automatic and a by-hand shipping mail are one mail, and a repeated request writes nothing.
 */
export async function requestMails(deps: RequestMailsDependencies, request: MailRequest): Promise<MailRequestsAnswer> {
  const { kind, content } = request;
  const trigger = request.trigger ?? 'first';
  const notBefore = request.notBefore ?? null;
  const valid = [...new Set(request.orderIds)].filter(isUuid);
  const untrackedSlipTypes = kind === 'shipped' ? await deps.untrackedSlipTypes(request.tenantId) : undefined;
  const items = valid.map((orderId) => ({ orderId, mailId: mailIdFor(orderId, kind, trigger) }));
  // Before the event: the worker that reads MailRequested must find the written text already there.
  if (content)
    for (const { orderId, mailId } of items) await deps.contents.keep(request.tenantId, orderId, mailId, content);
  const caller: Caller = {
    tenantId: request.tenantId,
    actor: request.actor,
    correlationId: request.correlationId,
    ...(request.idempotencyKey !== undefined && { idempotencyKey: request.idempotencyKey }),
    ...(request.causationId !== undefined && { causationId: request.causationId }),
  };
  const results = await runBulkOrderCommands(
    deps.pipeline,
    caller,
    'RequestMail',
    items.map(({ orderId, mailId }) => ({
      orderId,
      command: {
        type: 'RequestMail',
        mailId,
        kind,
        trigger,
        notBefore,
        ...(untrackedSlipTypes && { untrackedSlipTypes }),
      },
    })),
  );
  let queued = 0;
  let skipped = 0;
  const refused: MailRefusal[] = request.orderIds
    .filter((id) => !isUuid(id))
    .map((orderId) => ({ orderId, ...NOT_FOUND }));
  results.forEach((result, index) => {
    const orderId = items[index]!.orderId;
    if (E.isRight(result)) {
      if (result.right.events.some((event) => event.type === 'MailRequested') && !result.right.duplicate) queued += 1;
      else skipped += 1;
      return;
    }
    const error = result.left.kind === 'conflict' ? CONFLICT : result.left.error;
    refused.push({ orderId, code: error.code, message: error.ja, en: error.en });
  });
  return { queued, skipped, refused };
}
