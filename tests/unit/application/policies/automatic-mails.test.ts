import { DEFAULT_SHOP_MAIL_SETTINGS, type ShopMailSettings } from '../../../../application/mail/ports';
import {
  type AutomaticMailEvent,
  automaticMailsFor,
  mayCallForMail,
} from '../../../../application/policies/automatic-mails';
import type { WorkflowStatus } from '../../../../domain/order/status';

const everythingOn: ShopMailSettings = {
  ...DEFAULT_SHOP_MAIL_SETTINGS,
  automatic: { thanks: true, payment_confirmed: true, shipped: true, follow_up: true },
  followUpDays: 5,
};
const facts = (settings = everythingOn, sentKind?: 'shipped' | 'thanks') => ({
  settings,
  occurredAt: '2026-12-01T03:00:00.000Z',
  ...(sentKind && { sentKind }),
});
const orderId = '00000000-0000-4000-8000-000000000001';
const moved = (type: 'OrderStatusAdvanced' | 'OrderStatusMoved', from: WorkflowStatus, to: WorkflowStatus) =>
  ({ type, data: { orderId, from, to } }) as AutomaticMailEvent;
const imported = { type: 'OrderImported', data: { orderId, shopId: 's' } } as unknown as AutomaticMailEvent;
const entered = { type: 'OrderEnteredByStaff', data: { orderId, shopId: 's' } } as unknown as AutomaticMailEvent;
const sent: AutomaticMailEvent = { type: 'MailSent', data: { orderId, mailId: 'm' } };

describe('automaticMailsFor', () => {
  it('thanks a new order, imported or entered by staff', () => {
    expect(automaticMailsFor(imported, facts())).toEqual([{ kind: 'thanks', notBefore: null }]);
    expect(automaticMailsFor(entered, facts())).toEqual([{ kind: 'thanks', notBefore: null }]);
  });

  it('confirms the payment when the order leaves 入金待ち forward, not backward', () => {
    expect(automaticMailsFor(moved('OrderStatusAdvanced', 'awaiting_payment', 'awaiting_shipment'), facts())).toEqual([
      { kind: 'payment_confirmed', notBefore: null },
    ]);
    expect(automaticMailsFor(moved('OrderStatusMoved', 'awaiting_payment', 'awaiting_documents'), facts())).toEqual([
      { kind: 'payment_confirmed', notBefore: null },
    ]);
    expect(automaticMailsFor(moved('OrderStatusMoved', 'awaiting_payment', 'new'), facts())).toEqual([]);
  });

  it('sends the shipping mail when the order reaches 発送メール未送信', () => {
    const into = moved('OrderStatusAdvanced', 'awaiting_tracking_number', 'awaiting_shipping_mail');
    expect(automaticMailsFor(into, facts())).toEqual([{ kind: 'shipped', notBefore: null }]);
    expect(automaticMailsFor(moved('OrderStatusAdvanced', 'awaiting_shipment', 'awaiting_documents'), facts())).toEqual(
      [],
    );
  });

  it('follows a sent shipping mail up after the shop’s days, and no other sent mail', () => {
    expect(automaticMailsFor(sent, facts(everythingOn, 'shipped'))).toEqual([
      { kind: 'follow_up', notBefore: '2026-12-06T03:00:00.000Z' },
    ]);
    expect(automaticMailsFor(sent, facts(everythingOn, 'thanks'))).toEqual([]);
    expect(automaticMailsFor(sent, facts(everythingOn))).toEqual([]);
  });

  it('asks for nothing the shop switched off', () => {
    const off: ShopMailSettings = {
      ...everythingOn,
      automatic: { thanks: false, payment_confirmed: false, shipped: false, follow_up: false },
    };
    expect(automaticMailsFor(imported, facts(off))).toEqual([]);
    expect(
      automaticMailsFor(moved('OrderStatusAdvanced', 'awaiting_payment', 'awaiting_shipment'), facts(off)),
    ).toEqual([]);
    expect(
      automaticMailsFor(moved('OrderStatusAdvanced', 'awaiting_tracking_number', 'awaiting_shipping_mail'), facts(off)),
    ).toEqual([]);
    expect(automaticMailsFor(sent, facts(off, 'shipped'))).toEqual([]);
  });
});

describe('which events may call for a mail at all', () => {
  const moved = (from: WorkflowStatus, to: WorkflowStatus): AutomaticMailEvent => ({
    type: 'OrderStatusAdvanced',
    data: { orderId: 'o-1', from, to },
  });
  it('a status move only into 発送メール未送信 or out of 入金待ち forward; the policy loads nothing for the others', () => {
    expect(mayCallForMail(moved('new', 'awaiting_shipment'))).toBe(false);
    expect(mayCallForMail(moved('awaiting_shipment', 'awaiting_documents'))).toBe(false);
    expect(mayCallForMail(moved('awaiting_payment', 'awaiting_shipment'))).toBe(true);
    expect(mayCallForMail(moved('awaiting_tracking_number', 'awaiting_shipping_mail'))).toBe(true);
    expect(mayCallForMail({ type: 'MailSent', data: { orderId: 'o-1', mailId: 'm-1' } })).toBe(true);
  });
});
