import type { EnquiryState } from '../../../domain/order/enquiry-events';
import type { OrderEvent } from '../../../domain/order/events';
import { orderDecider } from '../../../domain/order/order';
import { deciderSpecification } from '../../support/decider-specification';
import { imported } from '../../support/order-fixtures';

const spec = deciderSpecification(orderDecider);
const orderId = 'o-1';
const enquiryId = 'enq-1';

const received = (messageId: string, id = enquiryId): OrderEvent => ({
  type: 'EnquiryReceived',
  data: { orderId, enquiryId: id, messageId },
});
const answered = (messageId: string): OrderEvent => ({
  type: 'EnquiryAnswered',
  data: { orderId, enquiryId, messageId },
});
const changed = (from: EnquiryState, to: EnquiryState): OrderEvent => ({
  type: 'EnquiryStateChanged',
  data: { orderId, enquiryId, from, to },
});

describe('Order: 問い合わせ (enquiries) as threads with a state', () => {
  test('a buyer’s first message opens a thread (未対応)', () =>
    spec
      .given([imported])
      .when({ type: 'ReceiveEnquiry', enquiryId, messageId: 'm-1' })
      .then([received('m-1')]));

  test('a retried message with the same id records nothing', () =>
    spec
      .given([imported, received('m-1')])
      .when({ type: 'ReceiveEnquiry', enquiryId, messageId: 'm-1' })
      .then([]));

  test('an enquiry on no order is refused', () =>
    spec.given([]).when({ type: 'ReceiveEnquiry', enquiryId, messageId: 'm-1' }).thenRefuses('order.not_found'));

  test('the shop’s answer moves 未対応 to 対応中', () =>
    spec
      .given([imported, received('m-1')])
      .when({ type: 'AnswerEnquiry', enquiryId, messageId: 'm-2' })
      .then([answered('m-2'), changed('open', 'in_progress')]));

  test('a further answer to a thread in progress only adds the message', () =>
    spec
      .given([imported, received('m-1'), answered('m-2'), changed('open', 'in_progress')])
      .when({ type: 'AnswerEnquiry', enquiryId, messageId: 'm-3' })
      .then([answered('m-3')]));

  test('an answer to a thread staff marked 完了 leaves it 完了', () =>
    spec
      .given([imported, received('m-1'), changed('open', 'done')])
      .when({ type: 'AnswerEnquiry', enquiryId, messageId: 'm-2' })
      .then([answered('m-2')]));

  test('an answer retried with the same message id records nothing', () =>
    spec
      .given([imported, received('m-1'), answered('m-2'), changed('open', 'in_progress')])
      .when({ type: 'AnswerEnquiry', enquiryId, messageId: 'm-2' })
      .then([]));

  test('an answer or a state for an enquiry the order does not have is refused', () => {
    spec
      .given([imported, received('m-1', 'other')])
      .when({ type: 'AnswerEnquiry', enquiryId, messageId: 'm-2' })
      .thenRefuses('enquiry.not_found', '問い合わせ');
    spec.given([imported]).when({ type: 'SetEnquiryState', enquiryId, state: 'done' }).thenRefuses('enquiry.not_found');
  });

  test('staff mark a thread 完了, and setting the state it has records nothing', () => {
    spec
      .given([imported, received('m-1'), answered('m-2'), changed('open', 'in_progress')])
      .when({ type: 'SetEnquiryState', enquiryId, state: 'done' })
      .then([changed('in_progress', 'done')]);
    spec
      .given([imported, received('m-1')])
      .when({ type: 'SetEnquiryState', enquiryId, state: 'open' })
      .then([]);
  });

  test('a buyer’s follow-up reopens a finished thread', () =>
    spec
      .given([
        imported,
        received('m-1'),
        answered('m-2'),
        changed('open', 'in_progress'),
        changed('in_progress', 'done'),
      ])
      .when({ type: 'ReceiveEnquiry', enquiryId, messageId: 'm-3' })
      .then([received('m-3'), changed('done', 'open')]));

  test('a follow-up to a thread in progress keeps it 対応中', () =>
    spec
      .given([imported, received('m-1'), answered('m-2'), changed('open', 'in_progress')])
      .when({ type: 'ReceiveEnquiry', enquiryId, messageId: 'm-3' })
      .then([received('m-3')]));

  test('threads are separate: a second enquiry starts 未対応 whatever the first is', () =>
    spec
      .given([imported, received('m-1'), changed('open', 'done'), received('m-2', 'enq-2')])
      .when({ type: 'AnswerEnquiry', enquiryId: 'enq-2', messageId: 'm-3' })
      .then([
        { type: 'EnquiryAnswered', data: { orderId, enquiryId: 'enq-2', messageId: 'm-3' } },
        { type: 'EnquiryStateChanged', data: { orderId, enquiryId: 'enq-2', from: 'open', to: 'in_progress' } },
      ]));

  test('a cancelled order still takes enquiries: the buyer may ask why', () =>
    spec
      .given([imported, { type: 'OrderCancelled', data: { orderId, from: 'new', reason: '在庫切れ', byMall: false } }])
      .when({ type: 'ReceiveEnquiry', enquiryId, messageId: 'm-1' })
      .then([received('m-1')]));
});
