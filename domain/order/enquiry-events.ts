// 問い合わせ: a buyer's questions on an order, as threads with a state. The texts are not here: events carry the ids of
// the messages, whose texts live in enquiry_messages (personal data stays out of the log).
import * as t from 'io-ts';

/** 未対応 → 対応中 → 完了; a buyer's new message reopens a thread that was done. */
export const EnquiryState = t.keyof({ open: null, in_progress: null, done: null });
export type EnquiryState = t.TypeOf<typeof EnquiryState>;

const message = t.strict({ orderId: t.string, enquiryId: t.string, messageId: t.string });

/** A buyer's message: the first of a new enquiry, or a follow-up to one the order has. */
export const EnquiryReceived = t.strict({ type: t.literal('EnquiryReceived'), data: message });
export type EnquiryReceived = t.TypeOf<typeof EnquiryReceived>;

/** The shop's answer; the staff member is the event's actor. */
export const EnquiryAnswered = t.strict({ type: t.literal('EnquiryAnswered'), data: message });
export type EnquiryAnswered = t.TypeOf<typeof EnquiryAnswered>;

export const EnquiryStateChanged = t.strict({
  type: t.literal('EnquiryStateChanged'),
  data: t.strict({ orderId: t.string, enquiryId: t.string, from: EnquiryState, to: EnquiryState }),
});
export type EnquiryStateChanged = t.TypeOf<typeof EnquiryStateChanged>;

export const ENQUIRY_EVENTS = { EnquiryReceived, EnquiryAnswered, EnquiryStateChanged } as const;

/** The ids are made by the application, which stores the message's text under `messageId` before it sends this. */
export interface ReceiveEnquiry {
  readonly type: 'ReceiveEnquiry';
  readonly enquiryId: string;
  readonly messageId: string;
}
export interface AnswerEnquiry {
  readonly type: 'AnswerEnquiry';
  readonly enquiryId: string;
  readonly messageId: string;
}
export interface SetEnquiryState {
  readonly type: 'SetEnquiryState';
  readonly enquiryId: string;
  readonly state: EnquiryState;
}
export type EnquiryCommand = ReceiveEnquiry | AnswerEnquiry | SetEnquiryState;

/** A thread as the decider needs it: its state and the messages it has, so a retried message is not recorded twice. */
export interface EnquiryThread {
  readonly state: EnquiryState;
  readonly messageIds: readonly string[];
}
