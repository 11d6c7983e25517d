import type { ExistingOrder } from '../../../domain/order/state';
import { loadOrder } from '../../../application/orders/load-order';
import { prepareMail } from '../../../application/mail/prepare-mail';
import { TOKENS } from '../../../infrastructure/container';
import { inProcessAppForThisFile } from '../../support/in-process-app';
import { seedTenant, type Tenant } from '../../support/tenant-fixture';

const app = inProcessAppForThisFile();
let shop: Tenant;

beforeAll(async () => {
  shop = await seedTenant(app(), { code: 'mail-prepare', orders: 2 });
  await app().readModelsCaughtUp();
});

const orderOf = async (orderId: string): Promise<ExistingOrder> => {
  const { container } = app();
  const loaded = await loadOrder(container.get(TOKENS.EventStore), container.get(TOKENS.Registry), orderId);
  return loaded.state as ExistingOrder;
};

describe('a mail prepared for an order through the container', () => {
  it("fills the shop's name and the buyer's purchase count from the read models, and addresses the orderer", async () => {
    const order = await orderOf(shop.orderIds[1]!);
    const mail = await prepareMail(app().container.get(TOKENS.MailPreparation), order, 'thanks', {
      subject: '{{ショップ名}} {{注文番号}}',
      text: '{{購入回数}}回目',
      mjml: null,
    });
    const shopName = (await app().container.get(TOKENS.MailFacts).shopName(shop.id, order.shopId)) || 'none';
    expect(mail.subject).toBe(`${shopName} ${order.orderNumber}`);
    expect(shopName).not.toBe('none');
    expect(mail.text).toBe('2回目');
    expect(order.mallData.orderer.email).toMatch(/[Ａ-Ｚ＠]/);
    expect(mail.to).toBe(order.mallData.orderer.email.normalize('NFKC'));
    expect(mail.to).toMatch(/^[\x21-\x7e]+@[\x21-\x7e]+$/);
  });

  it("never reads another tenant's shop", async () => {
    const other = await seedTenant(app(), { code: 'mail-prepare-other' });
    expect(await app().container.get(TOKENS.MailFacts).shopName(other.id, shop.shops[0]!.id)).toBe('');
  });
});
