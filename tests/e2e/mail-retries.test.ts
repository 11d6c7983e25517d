/**
 * Mail retries over real SMTP: a server that answers 451 once gets the mail on the retry (a MailFailed that is not
 * final, then MailSent); one that always answers 550 gets it retried up to the limit, then MailFailed(final) and the
 * mail `failed` with its reason in the order's mails, and no address in any event.
 */
import { mailIdFor } from '../../domain/shared/ids';
import { TOKENS } from '../../infrastructure/container';
import { MAIL_JOB_OPTIONS } from '../../infrastructure/mail/mail-queue';
import { smtpSender } from '../../infrastructure/mail/smtp-sender';
import { apiCaller, type ApiResponse, signIn } from '../support/api-client';
import { eventually } from '../support/eventually';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { startSmtpCatcher, type SmtpCatcher } from '../support/smtp-catcher';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

// Retries at once instead of 30 s doubling: read when the jobs are written, after this file is loaded.
process.env.OMS_MAIL_RETRY_DELAY_SECONDS = '0';

const TEMPORARY = 'later@example.jp';
const REFUSED = 'nobody@example.jp';

let smtp: SmtpCatcher;
beforeAll(async () => {
  smtp = await startSmtpCatcher();
});
afterAll(async () => {
  delete process.env.OMS_MAIL_RETRY_DELAY_SECONDS;
  await smtp.stop();
});

const app = inProcessAppForThisFile({
  async beforeMail(container) {
    const sender = smtpSender({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      requireTls: false,
      user: null,
      password: null,
      from: '"髙橋商店" <shop@example.jp>',
      dkim: null,
    });
    (await container.rebind(TOKENS.MailTransports)).toConstantValue({ forShop: async () => sender });
  },
});
const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(app())(...args);
let shop: Tenant;
let cookie: string;
beforeAll(async () => {
  shop = await seedTenant(app(), { code: 'mail-retry', orders: 2, ordererEmails: [TEMPORARY, REFUSED] });
  cookie = await signIn(app(), shop.code, shop.admin.username, shop.admin.password);
}, 60_000);

const ok = (response: ApiResponse) => {
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
};
const mailEventsOf = async (orderId: string, mailId: string) =>
  (
    await app().database.pool.query(
      `SELECT type, data FROM events WHERE stream_name = $1 AND data->>'mailId' = $2 ORDER BY transaction_id, seq`,
      [`order-${orderId}`, mailId],
    )
  ).rows as Array<{ type: string; data: { reason?: string; final?: boolean } }>;
const deliveredTo = (address: string) =>
  smtp.received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address);

test('451 on the first attempt: retried, delivered once, MailFailed (not final) then MailSent', async () => {
  const id = shop.orderIds[0]!;
  const mailId = mailIdFor(id, 'thanks', 'first');
  smtp.refuse(TEMPORARY, 451, 1);
  ok(await call('POST', `/orders/${id}/commands/send-mail`, cookie, { kind: 'thanks' }));
  await eventually(
    () => mailEventsOf(id, mailId),
    (events) => events.some((e) => e.type === 'MailSent'),
    'the mail was not sent on its retry',
    { timeoutMs: 60_000 },
  );
  const events = await mailEventsOf(id, mailId);
  expect(events.map((e) => [e.type, e.data.final])).toEqual([
    ['MailRequested', undefined],
    ['MailFailed', false],
    ['MailSent', undefined],
  ]);
  expect(events[1]!.data.reason).toContain('451');
  expect(JSON.stringify(events)).not.toContain('@');
  expect(deliveredTo(TEMPORARY)).toHaveLength(1);
  const [row] = ok(await call('GET', `/orders/${id}/mails`, cookie)) as Array<Record<string, unknown>>;
  expect(row).toMatchObject({ state: 'sent', attempts: 2, lastError: null });
});

test('550 every time: retried up to the limit, then MailFailed (final) and the mail failed with its reason', async () => {
  const id = shop.orderIds[1]!;
  const mailId = mailIdFor(id, 'thanks', 'first');
  smtp.refuse(REFUSED, 550, Number.POSITIVE_INFINITY);
  ok(await call('POST', `/orders/${id}/commands/send-mail`, cookie, { kind: 'thanks' }));
  await eventually(
    () => mailEventsOf(id, mailId),
    (events) => events.some((e) => e.type === 'MailFailed' && e.data.final === true),
    'the mail did not fail for good',
    { timeoutMs: 120_000 },
  );
  const failures = (await mailEventsOf(id, mailId)).filter((e) => e.type !== 'MailRequested');
  expect(failures.map((e) => [e.type, e.data.final])).toEqual([
    ...Array.from({ length: MAIL_JOB_OPTIONS.retryLimit }, () => ['MailFailed', false]),
    ['MailFailed', true],
  ]);
  for (const failure of failures) {
    expect(failure.data.reason).toContain('550');
    expect(failure.data.reason).not.toContain('@');
  }
  expect(deliveredTo(REFUSED)).toHaveLength(0);
  const [row] = ok(await call('GET', `/orders/${id}/mails`, cookie)) as Array<Record<string, unknown>>;
  expect(row).toMatchObject({ state: 'failed', attempts: MAIL_JOB_OPTIONS.retryLimit + 1 });
  expect(row!.lastError).toContain('550');
  // The last attempt records the failure and ends its job: nothing is left to retry.
  const jobStates = async () =>
    (
      await app().database.pool.query(`SELECT state FROM pgboss.job WHERE name = 'mail' AND data->>'mailId' = $1`, [
        mailId,
      ])
    ).rows.map((job: { state: string }) => job.state);
  await eventually(jobStates, (states) => states.join() === 'completed', 'the failed mail’s job did not end');
}, 180_000);
