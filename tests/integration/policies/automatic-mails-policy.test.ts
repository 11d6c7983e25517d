import { loadOrder } from '../../../application/orders/load-order';
import { orderDeciderFor } from '../../../application/orders/tenant-orders';
import { AUTOMATIC_MAILS_POLICY } from '../../../application/policies/automatic-mails-policy';
import type { ExistingOrder } from '../../../domain/order/state';
import { mailIdFor, streamName } from '../../../domain/shared/ids';
import { TOKENS } from '../../../infrastructure/container';
import { eventually } from '../../support/eventually';
import { inProcessAppForThisFile } from '../../support/in-process-app';
import { seedTenant, type Tenant } from '../../support/tenant-fixture';

const app = inProcessAppForThisFile({ policies: true });
let shop: Tenant;

beforeAll(async () => {
  shop = await seedTenant(app(), { code: 'automatic-mails', orders: 1 });
});

const orderOf = async (orderId: string) => {
  const loaded = await loadOrder(app().container.get(TOKENS.EventStore), app().container.get(TOKENS.Registry), orderId);
  return { order: loaded.state as ExistingOrder, events: loaded.events };
};
const mailsOf = async (orderId: string) => (await orderOf(orderId)).order.mails;

describe('the automatic mails policy', () => {
  it('asks for the thanks mail of an imported order, and the shipping mail once its tracking number is set', async () => {
    const orderId = shop.orderIds[0]!;
    const thanks = await eventually(
      () => mailsOf(orderId),
      (mails) => mails.length > 0,
      'no thanks mail was asked for',
    );
    // Requested, or already sent by the worker: either way one mail, the thanks mail's first.
    expect(thanks.map(({ mailId, kind, trigger }) => ({ mailId, kind, trigger }))).toEqual([
      { mailId: mailIdFor(orderId, 'thanks', 'first'), kind: 'thanks', trigger: 'first' },
    ]);

    const set = await app()
      .container.get(TOKENS.Pipeline)
      .run(
        {
          decider: orderDeciderFor,
          streamName: streamName.order(orderId),
          command: {
            type: 'SetTrackingNumber',
            destinationIndex: 0,
            carrier: 'yamato',
            trackingNumber: '1234-5678-9012',
            source: 'staff',
          },
          commandName: 'SetTrackingNumber',
          retries: 5,
        },
        { tenantId: shop.id, actor: shop.staff.id, correlationId: crypto.randomUUID() },
      );
    expect(set._tag).toBe('Right');
    const mails = await eventually(
      () => mailsOf(orderId),
      (found) => found.some((mail) => mail.kind === 'shipped'),
      'no shipping mail was asked for',
    );
    expect(mails.map((mail) => [mail.kind, mail.trigger])).toEqual([
      ['thanks', 'first'],
      ['shipped', 'first'],
    ]);

    // Asked by the system, caused by the event that called for it.
    const { events } = await orderOf(orderId);
    const requested = events.filter((e) => e.event.type === 'MailRequested');
    const moved = events.find((e) => e.event.type === 'OrderStatusMoved' || e.event.type === 'OrderStatusAdvanced');
    expect(requested.map((e) => e.metadata.actor)).toEqual(['system', 'system']);
    expect(requested[1]!.metadata.causationId).toBe(moved!.id);
  });

  it('asks nothing twice when the whole log is read again', async () => {
    const orderId = shop.orderIds[0]!;
    // Once the worker has sent them: its MailSent are not the policy's doing.
    await eventually(
      () => mailsOf(orderId),
      (mails) => mails.every((mail) => mail.state === 'sent'),
      'the mails were not sent',
    );
    const before = (await orderOf(orderId)).events.length;
    const [policy] = app().container.get(TOKENS.PolicyRunners);
    await policy!.stop();
    await app().database.pool.query('DELETE FROM projection_checkpoints WHERE name = $1', [AUTOMATIC_MAILS_POLICY]);
    expect(await policy!.catchUp()).toBeGreaterThan(0);
    expect((await orderOf(orderId)).events.length).toBe(before);
  });
});
