/**
 * Fault tier: the server killed with SIGKILL while the shop's SMTP server holds a mail's DATA unanswered, and started
 * again on the same database. Every mail reaches the SMTP server exactly once, each order records one MailSent and
 * moves on, nothing stays queued. Then the start-up sweep: a mail marked sent whose MailSent was never recorded is
 * recorded at the next start, once, and not sent again.
 */
import type { ParsedMail } from 'mailparser';
import { mailIdFor } from '../../domain/shared/ids';
import { apiCaller, type ApiResponse, signIn } from '../support/api-client';
import type { TestDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { startInProcessApp } from '../support/in-process-app';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

const ADDRESSES = ['髙橋-1@example.jp', 'saki-2@example.jp', 'kana-3@example.jp', 'sweep-4@example.jp'];
const KILLED = [0, 1, 2];
const SWEPT = 3;

let database: TestDatabase;
let tenant: Tenant;
let smtp: SmtpCatcher;
beforeAll(async () => {
  smtp = await startSmtpCatcher();
  const seeding = await startInProcessApp({ keepDatabase: true });
  database = seeding.database;
  tenant = await seedTenant(seeding, { code: 'fault-mail', orders: ADDRESSES.length, ordererEmails: ADDRESSES });
  await seeding.stop();
}, 120_000);
afterAll(async () => {
  await smtp?.stop();
  await database?.drop();
});

/** A killed worker's job comes back after seconds, not two minutes; a retry waits a second, not thirty. */
const env = () => ({
  DATABASE_URL: database.connectionString,
  OMS_MAIL_JOB_EXPIRE_SECONDS: '5',
  OMS_MAIL_RETRY_DELAY_SECONDS: '1',
});

const ok = (response: ApiResponse) => {
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
};
const signedIn = async (server: ServerProcess) => {
  const cookie = await signIn(server, tenant.code, tenant.admin.username, tenant.admin.password);
  return (method: string, path: string, body?: unknown) => apiCaller(server)(method, path, cookie, body);
};

/**
 * The order at 発送メール未送信 with a tracking number: its shipping mail goes by itself (automatic.shipped is on by
 * default), and is what moves it on.
 */
async function readyToShip(call: Awaited<ReturnType<typeof signedIn>>, orderId: string, trackingNumber: string) {
  ok(await call('POST', `/orders/${orderId}/commands/move`, { to: 'awaiting_tracking_number' }));
  ok(
    await call('POST', `/orders/${orderId}/commands/set-tracking-number`, {
      destinationIndex: 0,
      carrier: 'yamato',
      trackingNumber,
    }),
  );
}

const deliveredTo = (address: string): ParsedMail[] =>
  smtp.received.filter(
    (mail) => mail.to && !Array.isArray(mail.to) && mail.to.text.toLowerCase() === address.toLowerCase(),
  );
/** The events of the order's shipping mail (a thanks mail would be another mail, with another id). */
const shippingMailEventsOf = async (orderId: string) =>
  (
    await database.pool.query(
      `SELECT type FROM events WHERE stream_name = $1 AND data->>'mailId' = $2 ORDER BY transaction_id, seq`,
      [`order-${orderId}`, mailIdFor(orderId, 'shipped', 'first')],
    )
  ).rows.map((row: { type: string }) => row.type);
const outboxStates = async (orderIds: readonly string[]) =>
  (
    await database.pool.query(
      `SELECT state, recorded_at FROM mail_outbox WHERE order_id = ANY($1) AND kind = 'shipped' ORDER BY order_id`,
      [orderIds],
    )
  ).rows as Array<{ state: string; recorded_at: Date | null }>;
const thanksMails = async () =>
  Number(
    (
      await database.pool.query(`SELECT count(*) AS count FROM mail_outbox WHERE tenant_id = $1 AND kind = 'thanks'`, [
        tenant.id,
      ])
    ).rows[0].count,
  );
const unfinishedJobs = async () =>
  Number(
    (
      await database.pool.query(
        `SELECT count(*) AS count FROM pgboss.job WHERE name = 'mail' AND state IN ('created', 'retry', 'active')`,
      )
    ).rows[0].count,
  );

/** Fails (and so lets `finally` kill the server) if the SMTP server never sees the mail's DATA. */
const dataHeld = (held: Promise<void>) =>
  Promise.race([
    held,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no mail reached the SMTP server')), 60_000).unref(),
    ),
  ]);

/**
 * The shop's SMTP is the test's server. The orders were seeded before the automatic mails first ran, and those begin at
 * the head of the log, so no thanks mail is on its way to confuse the count of deliveries.
 */
async function mailThroughTestSmtp(call: Awaited<ReturnType<typeof signedIn>>) {
  expect(await thanksMails()).toBe(0);
  ok(
    await call('PUT', `/mail-settings/${tenant.shops[0]!.id}`, {
      smtp: {
        mode: 'smtp',
        host: '127.0.0.1',
        port: smtp.port,
        security: 'starttls-if-offered',
        user: '',
        from: '髙橋商店 <shop@example.jp>',
      },
    }),
  );
}

test('killed while the SMTP server holds a mail: after the restart every mail is delivered exactly once', async () => {
  const orderIds = KILLED.map((i) => tenant.orderIds[i]!);
  const first = await startServerProcess(env());
  try {
    const call = await signedIn(first);
    await mailThroughTestSmtp(call);
    const held = smtp.holdNextData();
    for (const [n, id] of orderIds.entries()) await readyToShip(call, id, `44441375870${n}`);
    // Asked for by hand as well, from the 発送メール未送信 tab: the same mails, not more.
    const byHand = ok(await call('POST', '/orders/commands/send-mail', { ids: orderIds, kind: 'shipped' }));
    expect(byHand.queued + byHand.skipped).toBe(orderIds.length);
    await dataHeld(held); // the first mail's DATA is in, and the 250 never comes
    // The others go beside it. The kill waits until they are marked sent: a mail killed between the server's 250
    // and that mark is the one window where a mail goes twice (docs/mail.md), and not what this test is about.
    await eventually(
      async () => (await outboxStates(orderIds)).filter((row) => row.state === 'sent').length,
      (n) => n === orderIds.length - 1,
      'the mails beside the held one were not sent',
      { timeoutMs: 60_000 },
    );
  } finally {
    await first.kill();
  }
  const heldMails = smtp.received.length;
  expect(heldMails).toBeLessThan(orderIds.length);

  const second = await startServerProcess(env());
  try {
    const call = await signedIn(second);
    await eventually(
      async () => smtp.received.length,
      (n) => n >= orderIds.length,
      'the mails were not all delivered after the restart',
      { timeoutMs: 90_000 },
    );
    await eventually(
      async () => Promise.all(orderIds.map(async (id) => ok(await call('GET', `/orders/${id}`)).status)),
      (statuses) => statuses.every((status) => status !== 'awaiting_shipping_mail'),
      'the orders were not moved on by their shipping mails',
      { timeoutMs: 60_000 },
    );
    await eventually(unfinishedJobs, (n) => n === 0, 'mail jobs were left unfinished', { timeoutMs: 60_000 });

    expect(smtp.received).toHaveLength(orderIds.length);
    const messageIds = smtp.received.map((mail) => mail.messageId).sort();
    expect(messageIds).toEqual(orderIds.map((id) => `<${mailIdFor(id, 'shipped', 'first')}@oms.invalid>`).sort());
    for (const i of KILLED) expect(deliveredTo(ADDRESSES[i]!)).toHaveLength(1);
    for (const id of orderIds) {
      expect(await shippingMailEventsOf(id)).toEqual(['MailRequested', 'MailSent']);
      expect(ok(await call('GET', `/orders/${id}`)).status).toBe('completed');
    }
    expect((await outboxStates(orderIds)).map((row) => row.state)).toEqual(orderIds.map(() => 'sent'));
  } finally {
    expect(await second.stop()).toBe(0);
  }
}, 300_000);

test('the start-up sweep records a mail that was sent but not recorded, once, and does not send it again', async () => {
  const id = tenant.orderIds[SWEPT]!;
  const address = ADDRESSES[SWEPT]!;
  const first = await startServerProcess(env());
  try {
    const call = await signedIn(first);
    await mailThroughTestSmtp(call);
    const held = smtp.holdNextData();
    await readyToShip(call, id, '512547514334');
    await dataHeld(held);
  } finally {
    await first.kill();
  }
  // The worker died after the SMTP server's 250 and its `sent` mark, before it told the order: as if it had got there.
  await database.pool.query(
    `UPDATE mail_outbox SET state = 'sent', sent_at = now() WHERE order_id = $1 AND kind = 'shipped'`,
    [id],
  );
  expect(await shippingMailEventsOf(id)).toEqual(['MailRequested']);

  const second = await startServerProcess(env());
  try {
    const call = await signedIn(second);
    await eventually(
      () => shippingMailEventsOf(id),
      (types) => types.includes('MailSent'),
      'the sweep did not record the sent mail',
      { timeoutMs: 60_000 },
    );
    // The killed worker's job comes back too, and finds the mail sent.
    await eventually(unfinishedJobs, (n) => n === 0, 'the mail job was left unfinished', { timeoutMs: 60_000 });
    expect(await shippingMailEventsOf(id)).toEqual(['MailRequested', 'MailSent']);
    expect(ok(await call('GET', `/orders/${id}`)).status).toBe('completed');
    expect(deliveredTo(address)).toHaveLength(0); // the held one never got its 250, and nothing sent it again
    expect((await outboxStates([id]))[0]!.recorded_at).not.toBeNull();
  } finally {
    expect(await second.stop()).toBe(0);
  }
  expect(await shippingMailEventsOf(id)).toEqual(['MailRequested', 'MailSent']);
}, 300_000);
