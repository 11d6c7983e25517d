import * as E from 'fp-ts/Either';
import type { DatabasePool } from 'slonik';
import type { EnquiryState } from '../../domain/order/enquiry-events';
import { streamName } from '../../domain/shared/ids';
import { enquiryThread } from '../../projections/enquiries/enquiry-queries';
import { newRecordIdFor } from '../commands/command-id';
import { type Answered, type Caller, type CommandPipeline, commandRequest } from '../commands/command-pipeline';
import type { Refusal } from '../commands/refusals';
import type { MailRequestsAnswer } from '../mail/request-mails';
import type { OrderState } from '../../domain/order/state';
import { orderDeciderFor } from '../orders/tenant-orders';
import { ENQUIRY_NOT_FOUND, enquiryTextProblem, normaliseEnquiryText } from './enquiry-text';
import { forgetEnquiryMessage, storeEnquiryMessage } from './enquiry-messages';

/** Sends the shop's answer to the buyer as an individual mail, queued (the mail queue records and sends it). */
export type SendAnswerMail = (
  caller: Caller,
  answer: {
    readonly orderId: string;
    readonly orderNumber: string | null;
    readonly messageId: string;
    readonly text: string;
  },
) => Promise<MailRequestsAnswer>;

export interface AnswerEnquiryDependencies {
  readonly pipeline: CommandPipeline;
  readonly db: DatabasePool;
  /** Absent where no mail can be sent (the answer is then only shown on the buyer's page). */
  readonly sendAnswerMail?: SendAnswerMail;
}

export interface AnswerEnquiryInput {
  readonly enquiryId: string;
  readonly text: string;
  readonly sendMail: boolean;
}

const rejected = (error: typeof ENQUIRY_NOT_FOUND): E.Either<Refusal, never> => E.left({ kind: 'rejected', error });

/**
 * The shop's answer to a thread, written by a staff member (the caller): the text is stored, the order records it
 * (未対応 becomes 対応中), and with `sendMail` the answer is queued to the buyer as an individual mail whose trigger is
 * the message's id, so a retried request never sends it twice.
 */
export async function answerEnquiry(
  deps: AnswerEnquiryDependencies,
  caller: Caller,
  input: AnswerEnquiryInput,
): Promise<
  E.Either<Refusal, Answered<OrderState> & { readonly messageId: string; readonly mail: MailRequestsAnswer | null }>
> {
  const problem = enquiryTextProblem(input.text);
  if (problem) return rejected(problem);
  const thread = await enquiryThread(deps.db, caller.tenantId, input.enquiryId);
  if (!thread) return rejected(ENQUIRY_NOT_FOUND);
  const messageId = newRecordIdFor('enquiry-answer', caller);
  const text = normaliseEnquiryText(input.text);
  const stored = await storeEnquiryMessage(deps.db, {
    tenantId: caller.tenantId,
    messageId,
    enquiryId: thread.id,
    orderId: thread.orderId,
    from: 'shop',
    body: text,
    staffUserId: caller.actor,
  });
  if (stored === 'taken') return rejected(ENQUIRY_NOT_FOUND);
  const result = await deps.pipeline.run(
    commandRequest(orderDeciderFor, streamName.order(thread.orderId), {
      type: 'AnswerEnquiry',
      enquiryId: thread.id,
      messageId,
    }),
    caller,
  );
  if (E.isLeft(result)) {
    if (stored === 'inserted') await forgetEnquiryMessage(deps.db, caller.tenantId, messageId);
    return result;
  }
  // The answer stands whatever the mail's fate (no address, say): the buyer reads it on the order page too.
  // The mail is a command of its own on the same stream: under the request's key it would pass for the answer's repeat.
  const mailCaller: Caller = {
    ...caller,
    ...(caller.idempotencyKey !== undefined && { idempotencyKey: `${caller.idempotencyKey}/answer-mail` }),
  };
  const mail =
    input.sendMail && deps.sendAnswerMail
      ? await deps.sendAnswerMail(mailCaller, {
          orderId: thread.orderId,
          orderNumber: thread.orderNumber,
          messageId,
          text,
        })
      : null;
  return E.right({ ...result.right, messageId, mail });
}

/** Staff set a thread's state (対応中, 完了, or back to 未対応). */
export async function setEnquiryState(
  deps: Pick<AnswerEnquiryDependencies, 'pipeline' | 'db'>,
  caller: Caller,
  input: { readonly enquiryId: string; readonly state: EnquiryState },
): Promise<E.Either<Refusal, Answered<OrderState>>> {
  const thread = await enquiryThread(deps.db, caller.tenantId, input.enquiryId);
  if (!thread) return rejected(ENQUIRY_NOT_FOUND);
  return deps.pipeline.run(
    commandRequest(orderDeciderFor, streamName.order(thread.orderId), {
      type: 'SetEnquiryState',
      enquiryId: thread.id,
      state: input.state,
    }),
    caller,
  );
}
