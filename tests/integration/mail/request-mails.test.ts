import { requestMails } from '../../../application/mail/request-mails';
import { loadOrder } from '../../../application/orders/load-order';
import type { ExistingOrder } from '../../../domain/order/state';
import { mailIdFor } from '../../../domain/shared/ids';
import { TOKENS } from '../../../infrastructure/container';
import { inProcessAppForThisFile } from '../../support/in-process-app';
import { seedTenant, type Tenant } from '../../support/tenant-fixture';

const app = inProcessAppForThisFile();
let shop: Tenant;
let other: Tenant;

beforeAll(async () => {
  shop = await seedTenant(app(), { code: 'mail-request', orders: 3 });
  other = await seedTenant(app(), { code: 'mail-request-b', orders: 1 });
});

const ask = (tenant: Tenant, changes: Partial<Parameters<typeof requestMails>[1]> = {}) =>
  requestMails(app().container.get(TOKENS.MailRequests), {
    tenantId: tenant.id,
    actor: 'system',
    correlationId: crypto.randomUUID(),
    kind: 'thanks',
    orderIds: tenant.orderIds,
    ...changes,
  });

const mailsOf = async (orderId: string) => {
  const { state } = await loadOrder(
    app().container.get(TOKENS.EventStore),
    app().container.get(TOKENS.Registry),
    orderId,
  );
  return (state as ExistingOrder).mails;
};

describe('requestMails', () => {
  it('asks once per order, kind and trigger: the second request is skipped', async () => {
    expect(await ask(shop)).toEqual({ queued: 3, skipped: 0, refused: [] });
    expect(await ask(shop)).toEqual({ queued: 0, skipped: 3, refused: [] });
    expect(await mailsOf(shop.orderIds[0]!)).toEqual([
      { mailId: mailIdFor(shop.orderIds[0]!, 'thanks', 'first'), kind: 'thanks', trigger: 'first', state: 'requested' },
    ]);
  });

  it('refuses each order on its own: no tracking number, unknown, another tenant’s', async () => {
    const stranger = other.orderIds[0]!;
    const answer = await ask(shop, { kind: 'shipped', orderIds: [shop.orderIds[0]!, stranger, 'not-an-id'] });
    expect(answer.queued).toBe(0);
    expect(answer.refused).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ orderId: shop.orderIds[0], code: 'mail.tracking_number_missing' }),
        expect.objectContaining({ orderId: stranger, code: 'order.not_found' }),
        expect.objectContaining({ orderId: 'not-an-id', code: 'order.not_found' }),
      ]),
    );
    expect(await mailsOf(stranger)).toEqual([]);
  });

  it('keeps written content under the mail id before asking, and never replaces it', async () => {
    const orderId = shop.orderIds[1]!;
    const trigger = `individual:${crypto.randomUUID()}`;
    const content = { subject: '【髙橋商店】お届け日のご相談', text: '①～③の日程で…', html: null };
    expect(await ask(shop, { kind: 'individual', orderIds: [orderId], trigger, content })).toMatchObject({ queued: 1 });
    await ask(shop, { kind: 'individual', orderIds: [orderId], trigger, content: { ...content, subject: '別件' } });
    const { rows } = await app().database.pool.query(
      'SELECT subject, text_body, content_given FROM mail_outbox WHERE mail_id = $1',
      [mailIdFor(orderId, 'individual', trigger)],
    );
    expect(rows).toEqual([{ subject: content.subject, text_body: content.text, content_given: true }]);
  });
});
