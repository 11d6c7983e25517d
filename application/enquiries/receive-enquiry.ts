import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import type { DatabasePool } from 'slonik';
import type { DomainError } from '../../domain/shared/decider';
import { streamName } from '../../domain/shared/ids';
import { enquiriesOfOrder } from '../../projections/enquiries/enquiry-queries';
import { type CommandPipeline, commandRequest } from '../commands/command-pipeline';
import { CONFLICT, type Refusal } from '../commands/refusals';
import { orderDeciderFor } from '../orders/tenant-orders';
import { ENQUIRY_NOT_FOUND, enquiryTextProblem, normaliseEnquiryText } from './enquiry-text';
import { forgetEnquiryMessage, storeEnquiryMessage, storedEnquiryOf } from './enquiry-messages';

export interface ReceiveEnquiryDependencies {
  readonly pipeline: CommandPipeline;
  readonly db: DatabasePool;
}

export interface ReceiveEnquiryInput {
  readonly tenantId: string;
  readonly orderId: string;
  readonly text: string;
  /** A follow-up to this thread of the order's; left out, the message continues the order's latest or starts one. */
  readonly enquiryId?: string;
  /** The page's id for this message (a form's token): sending it again records nothing twice. */
  readonly messageId?: string;
}

/** The buyer's message was not taken: `error.code` is `enquiry.text_required`, `order.not_found`, …; ja/en to show. */
export class EnquiryRefused extends Error {
  constructor(readonly error: DomainError) {
    super(`${error.code}: ${error.en}`);
    this.name = 'EnquiryRefused';
  }
}

const refusalError = (refusal: Refusal): DomainError => (refusal.kind === 'conflict' ? CONFLICT : refusal.error);

/**
 * 問い合わせ from the buyer's page: the text is stored under a new message id, then the order records the message
 * (the actor is `buyer`). Throws `EnquiryRefused` for a blank or too long text, an unknown order (another tenant's
 * too), or a thread that is not the order's.
 */
export async function receiveEnquiry(
  deps: ReceiveEnquiryDependencies,
  input: ReceiveEnquiryInput,
): Promise<{ enquiryId: string; messageId: string }> {
  const problem = enquiryTextProblem(input.text);
  if (problem) throw new EnquiryRefused(problem);
  const { tenantId, orderId } = input;
  const threads = await enquiriesOfOrder(deps.db, tenantId, orderId);
  if (input.enquiryId !== undefined && !threads.some((t) => t.id === input.enquiryId))
    throw new EnquiryRefused(ENQUIRY_NOT_FOUND);
  const messageId = input.messageId ?? randomUUID();
  const retried = input.messageId === undefined ? null : await storedEnquiryOf(deps.db, tenantId, orderId, messageId);
  const enquiryId = input.enquiryId ?? retried ?? threads.at(-1)?.id ?? randomUUID();
  const stored = await storeEnquiryMessage(deps.db, {
    tenantId,
    messageId,
    enquiryId,
    orderId,
    from: 'buyer',
    body: normaliseEnquiryText(input.text),
    staffUserId: null,
  });
  if (stored === 'taken') throw new EnquiryRefused(ENQUIRY_NOT_FOUND);
  const result = await deps.pipeline.run(
    commandRequest(orderDeciderFor, streamName.order(orderId), { type: 'ReceiveEnquiry', enquiryId, messageId }),
    { tenantId, actor: 'buyer', correlationId: randomUUID() },
  );
  if (E.isLeft(result)) {
    if (stored === 'inserted') await forgetEnquiryMessage(deps.db, tenantId, messageId);
    throw new EnquiryRefused(refusalError(result.left));
  }
  return { enquiryId, messageId };
}
