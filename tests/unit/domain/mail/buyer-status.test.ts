import { BUYER_STATUS, buyerStatusOf } from '../../../../domain/mail/buyer-status';
import { hasShipped, type OrderStatus, STATUS_LABELS, WORKFLOW } from '../../../../domain/order/status';

const EVERY_STATUS = Object.keys(STATUS_LABELS) as OrderStatus[];

describe('the order status in the buyer’s words', () => {
  test('every status, workflow, 保留 and キャンセル, has a heading and a sentence, and no other status is described', () => {
    expect(Object.keys(BUYER_STATUS).sort()).toEqual([...EVERY_STATUS].sort());
    for (const status of EVERY_STATUS) {
      expect(buyerStatusOf(status).heading).not.toBe('');
      expect(buyerStatusOf(status).detail).not.toBe('');
    }
  });

  test.each([
    ['new', 'ご注文を承りました'],
    ['awaiting_payment', 'ご入金をお待ちしております'],
    ['awaiting_shipment', '発送の準備をしております'],
    ['awaiting_shipping_mail', '発送いたしました'],
    ['held', 'ご注文内容を確認中です'],
    ['cancelled', 'ご注文はキャンセルされました'],
  ] as const)('%s reads %s', (status, heading) => expect(buyerStatusOf(status).heading).toBe(heading));

  test('an order is told it has shipped exactly from the status on which the parcel has left', () => {
    for (const status of WORKFLOW)
      expect([status, buyerStatusOf(status).heading === '発送いたしました']).toEqual([status, hasShipped(status)]);
  });

  test('the buyer never reads the words staff use behind the counter, least of all why an order is held', () => {
    const buyerText = EVERY_STATUS.map((status) => `${buyerStatusOf(status).heading}${buyerStatusOf(status).detail}`);
    // キャンセル is the buyer's word as well as the shop's.
    const staffLabels = EVERY_STATUS.filter((status) => status !== 'cancelled').map((status) => STATUS_LABELS[status]);
    for (const word of [...staffLabels, '保留', '伝票', '帳票', '与信', '不正', '在庫', '住所'])
      for (const text of buyerText) expect(text).not.toContain(word);
  });
});
