// 問い合わせ on the order's stream: a thread per enquiry id, 未対応 → 対応中 → 完了.
import { type Decision, emit, refuse } from './decision';
import type { EnquiryCommand, EnquiryState, EnquiryThread } from './enquiry-events';
import type { OrderEvent } from './events';
import type { ExistingOrder } from './state';

type Threads = Readonly<Record<string, EnquiryThread>>;

const threadsOf = (order: ExistingOrder): Threads => order.enquiries ?? {};

const stateChanged = (order: ExistingOrder, enquiryId: string, from: EnquiryState, to: EnquiryState): OrderEvent => ({
  type: 'EnquiryStateChanged',
  data: { orderId: order.orderId, enquiryId, from, to },
});

const NO_SUCH_ENQUIRY = () =>
  refuse('enquiry.not_found', '問い合わせが見つかりません', 'the order has no such enquiry');

/**
 * A buyer's message. A message already in the thread (a retried request) records nothing; a follow-up to a finished
 * thread reopens it, since the buyer is waiting for an answer again.
 */
const receive = (order: ExistingOrder, enquiryId: string, messageId: string): Decision => {
  const thread = threadsOf(order)[enquiryId];
  if (thread?.messageIds.includes(messageId)) return emit([]);
  const received: OrderEvent = { type: 'EnquiryReceived', data: { orderId: order.orderId, enquiryId, messageId } };
  if (thread?.state === 'done') return emit([received, stateChanged(order, enquiryId, 'done', 'open')]);
  return emit([received]);
};

/** The shop's answer moves a 未対応 thread to 対応中; one staff marked 完了 stays so. */
const answer = (order: ExistingOrder, enquiryId: string, messageId: string): Decision => {
  const thread = threadsOf(order)[enquiryId];
  if (!thread) return NO_SUCH_ENQUIRY();
  if (thread.messageIds.includes(messageId)) return emit([]);
  const answered: OrderEvent = { type: 'EnquiryAnswered', data: { orderId: order.orderId, enquiryId, messageId } };
  if (thread.state === 'open') return emit([answered, stateChanged(order, enquiryId, 'open', 'in_progress')]);
  return emit([answered]);
};

const setState = (order: ExistingOrder, enquiryId: string, to: EnquiryState): Decision => {
  const thread = threadsOf(order)[enquiryId];
  if (!thread) return NO_SUCH_ENQUIRY();
  if (thread.state === to) return emit([]);
  return emit([stateChanged(order, enquiryId, thread.state, to)]);
};

export const decideEnquiry = (order: ExistingOrder, command: EnquiryCommand): Decision => {
  switch (command.type) {
    case 'ReceiveEnquiry':
      return receive(order, command.enquiryId, command.messageId);
    case 'AnswerEnquiry':
      return answer(order, command.enquiryId, command.messageId);
    case 'SetEnquiryState':
      return setState(order, command.enquiryId, command.state);
  }
};

type EnquiryEvent = Extract<OrderEvent, { type: 'EnquiryReceived' | 'EnquiryAnswered' | 'EnquiryStateChanged' }>;

/** The order's threads after one of their events; a new enquiry starts 未対応. */
export const evolveEnquiries = (order: ExistingOrder, event: EnquiryEvent): ExistingOrder => {
  const threads = threadsOf(order);
  const { enquiryId } = event.data;
  const thread: EnquiryThread = threads[enquiryId] ?? { state: 'open', messageIds: [] };
  const next: EnquiryThread =
    event.type === 'EnquiryStateChanged'
      ? { ...thread, state: event.data.to }
      : { ...thread, messageIds: [...thread.messageIds, event.data.messageId] };
  return { ...order, enquiries: { ...threads, [enquiryId]: next } };
};
