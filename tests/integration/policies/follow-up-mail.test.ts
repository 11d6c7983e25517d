/**
 * The follow-up mail (フォローメール) as the policy asks for it: once the shipping mail went, the follow-up waits in the
 * queue until the shop's followUpDays after it, and going then moves the order from フォローメール未送信 to 処理済み. No
 * waiting on wall time: the queue's start time says when the worker may take the job, and the test moves it.
 */
import { mailIdFor } from '../../../domain/shared/ids';
import { apiCaller, type ApiResponse, signIn } from '../../support/api-client';
import { eventually } from '../../support/eventually';
import { inProcessAppForThisFile } from '../../support/in-process-app';
import { seedTenant, type Tenant } from '../../support/tenant-fixture';

const FOLLOW_UP_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

const app = inProcessAppForThisFile({ policies: true });
const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
let shop: Tenant;
let cookie: string;

const ok = (response: ApiResponse) => {
  if (response.status < 200 || response.status > 299)
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
};
type MailRow = { kind: string; state: string; notBefore: string | number | null };
const mailsOf = async (orderId: string) => ok(await call('GET', `/orders/${orderId}/mails`, cookie)) as MailRow[];
const statusOf = async (orderId: string) =>
  (ok(await call('GET', `/orders/${orderId}`, cookie)) as { status: string }).status;
/** The follow-up's job as pg-boss holds it: the worker takes it only once its start time has passed. */
const followUpJobs = async (orderId: string) =>
  (
    await app().database.pool.query<{ state: string; start_after: Date }>(
      `SELECT state, start_after FROM pgboss.job WHERE name = 'mail' AND data->>'mailId' = $1`,
      [mailIdFor(orderId, 'follow_up', 'first')],
    )
  ).rows;

beforeAll(async () => {
  shop = await seedTenant(app(), { code: 'follow-up', orders: 1, ordererEmails: ['takahashi@example.jp'] });
  cookie = await signIn(app(), shop.code, shop.admin.username, shop.admin.password);
  ok(
    await call('PUT', `/mail-settings/${shop.shops[0]!.id}`, cookie, {
      automatic: { follow_up: true },
      followUpDays: FOLLOW_UP_DAYS,
    }),
  );
  const route = ok(
    await call('POST', '/processing-routes', cookie, {
      name: 'フォローメールあり',
      statuses: ['new', 'awaiting_tracking_number', 'awaiting_shipping_mail', 'awaiting_follow_up_mail', 'completed'],
    }),
  ) as { id: string };
  const id = shop.orderIds[0]!;
  ok(
    await call('POST', `/orders/${id}/commands/assign-route`, cookie, {
      routeId: route.id,
      startFromFirstStatus: false,
    }),
  );
}, 60_000);

describe('the follow-up mail', () => {
  it(`waits ${FOLLOW_UP_DAYS} days after the shipping mail went, then goes and the order is 処理済み`, async () => {
    const id = shop.orderIds[0]!;
    ok(await call('POST', `/orders/${id}/commands/move`, cookie, { to: 'awaiting_tracking_number' }));
    ok(
      await call('POST', `/orders/${id}/commands/set-tracking-number`, cookie, {
        destinationIndex: 0,
        carrier: 'yamato',
        trackingNumber: '444413758703',
      }),
    );

    // The policy asks for the shipping mail, the worker sends it, and the order waits for its follow-up.
    await eventually(
      () => statusOf(id),
      (status) => status === 'awaiting_follow_up_mail',
      'the sent shipping mail did not move the order to フォローメール未送信',
    );
    const mails = await eventually(
      () => mailsOf(id),
      (rows) => rows.some((row) => row.kind === 'follow_up'),
      'no follow-up mail was asked for',
    );
    const timeline = ok(await call('GET', `/orders/${id}/timeline`, cookie)) as Array<{
      type: string;
      at: string;
      data: { mailId?: string };
    }>;
    const shippedSent = timeline.find(
      (event) => event.type === 'MailSent' && event.data.mailId === mailIdFor(id, 'shipped', 'first'),
    )!;
    expect(shippedSent).toBeDefined();
    const due = Date.parse(shippedSent.at) + FOLLOW_UP_DAYS * DAY_MS;
    const followUp = mails.find((row) => row.kind === 'follow_up')!;
    expect(new Date(followUp.notBefore!).getTime()).toBe(due);
    expect(followUp.state).toBe('queued');

    // Not before then: its one job starts no sooner than the days still to wait (measured from now, a little less).
    const [job] = await eventually(
      () => followUpJobs(id),
      (jobs) => jobs.length === 1,
      'the follow-up mail was not queued',
    );
    expect(job!.state).toBe('created');
    expect(job!.start_after.getTime()).toBeGreaterThan(Date.now() + (FOLLOW_UP_DAYS - 1) * DAY_MS);
    expect(await statusOf(id)).toBe('awaiting_follow_up_mail');

    // The days pass: its start time is reached, the worker sends it and the order is done.
    await app().database.pool.query(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'mail' AND state = 'created' AND data->>'mailId' = $1`,
      [mailIdFor(id, 'follow_up', 'first')],
    );
    await eventually(
      () => statusOf(id),
      (status) => status === 'completed',
      'the sent follow-up mail did not move the order to 処理済み',
    );
    const sent = (await mailsOf(id)).find((row) => row.kind === 'follow_up');
    expect(sent!.state).toBe('sent');
  });
});
