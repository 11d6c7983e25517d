import type PgBoss from 'pg-boss';
import { type DatabasePool, sql } from 'slonik';
import type { CommandPipeline } from '../../application/commands/command-pipeline';
import type { EventRegistry } from '../../application/events/event-registry';
import type { MailTransports } from '../../application/mail/ports';
import { type MailPreparation, prepareMail, sendableAddress } from '../../application/mail/prepare-mail';
import { loadOrder } from '../../application/orders/load-order';
import { orderDeciderFor } from '../../application/orders/tenant-orders';
import type { Clock } from '../../application/ports/clock';
import type { EventStore } from '../../application/ports/event-store';
import type { Log } from '../../application/ports/log';
import { isMobileMailAddress } from '../../domain/mail/mobile-carriers';
import type { MailKind } from '../../domain/mail/mail-kind';
import { nextSendTime } from '../../domain/mail/send-window';
import type { OrderCommand } from '../../domain/order/commands';
import type { ExistingOrder } from '../../domain/order/state';
import { streamName } from '../../domain/shared/ids';
import { mailAttachmentsOf } from './mail-attachments';
import { enqueueMailAt, executorOn, MAIL_JOB_OPTIONS, MAIL_QUEUE, type MailJob } from './mail-queue';

export interface MailWorkerDependencies {
  readonly db: DatabasePool;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly pipeline: CommandPipeline;
  readonly preparation: MailPreparation;
  readonly transports: MailTransports;
  readonly clock: Clock;
  readonly log: Log;
  /**
   * Wait for the read models after each result is recorded: the CLI's worker must (its waiter is what brings them up to
   * date); the server's need not (its runners follow the log), and waiting there held each mail a read model's lag.
   */
  readonly waitForReadModels?: boolean;
}

/** A stable Message-ID per mail: a retry carries the same one, so a receiving server can tell a repeat. */
export const messageIdFor = (mailId: string): string => `<${mailId}@oms.invalid>`;

/** A session-level lock per mail: held while the SMTP server is talked to, released by PostgreSQL if the worker dies. */
const LOCK_CLASS = 1_835_100_001;

interface OutboxRow {
  readonly tenant_id: string;
  readonly order_id: string;
  readonly kind: MailKind | null;
  readonly state: 'queued' | 'sending' | 'sent' | 'failed';
  readonly content_given: boolean;
  readonly subject: string | null;
  readonly text_body: string | null;
  readonly html_body: string | null;
  readonly requested_at: string | null;
}

class FinalFailure extends Error {}

/**
 * One job: one mail. The mail is locked (pg_try_advisory_lock: a session lock takes no transaction id, so an SMTP
 * conversation never holds the event log's readers back), rendered unless staff wrote it, sent, and marked sent; then
 * the order is told (RecordMailSent). A worker killed mid-send leaves the mail queued and its lock released; pg-boss
 * gives the job again once it expires.
 */
async function deliverMail(deps: MailWorkerDependencies, job: MailJob, final: boolean): Promise<void> {
  const { db } = deps;
  const outcome = await db.connect(async (connection) => {
    const locked = await connection.oneFirst(
      sql.unsafe`SELECT pg_try_advisory_lock(${LOCK_CLASS}, hashtext(${job.mailId}))`,
    );
    if (!locked) throw new Error('the mail is being sent by another worker');
    try {
      const row = (await connection.maybeOne(sql.unsafe`
        SELECT tenant_id, order_id, kind, state, content_given, subject, text_body, html_body, requested_at
        FROM mail_outbox WHERE mail_id = ${job.mailId} AND tenant_id = ${job.tenantId}`)) as OutboxRow | null;
      if (!row || row.requested_at === null || row.state === 'sent' || row.state === 'failed') return 'settled';
      return await sendRow(deps, connection, job, row);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const last = final || error instanceof FinalFailure;
      await connection.query(sql.unsafe`
        UPDATE mail_outbox SET state = ${last ? 'failed' : 'queued'}, last_error = ${reason}
        WHERE mail_id = ${job.mailId}`);
      await record(deps, job, { type: 'RecordMailFailed', mailId: job.mailId, reason, final: last });
      if (last) return 'failed';
      throw error;
    } finally {
      await connection.query(sql.unsafe`SELECT pg_advisory_unlock(${LOCK_CLASS}, hashtext(${job.mailId}))`);
    }
  });
  if (outcome === 'sent') await recordSent(deps, job);
}

async function sendRow(
  deps: MailWorkerDependencies,
  connection: Parameters<Parameters<DatabasePool['connect']>[0]>[0],
  job: MailJob,
  row: OutboxRow,
): Promise<'sent' | 'deferred'> {
  const { state: order } = await loadOrder(deps.store, deps.registry, row.order_id);
  if (!order.exists || order.tenantId !== job.tenantId) throw new FinalFailure('the order does not exist');
  const mail = await render(deps, order, row);
  if (mail.to === '') throw new FinalFailure('the orderer has no e-mail address');
  const settings = await deps.preparation.settings.forShop(order.tenantId, order.shopId);
  const now = deps.clock.now();
  const when = nextSendTime(now, settings.mobileSendWindow, isMobileMailAddress(mail.to));
  if (when.getTime() > now.getTime()) {
    // 携帯メールタイマー: outside the shop's window the mail waits for it, as a job of its own.
    // The job for the window first: should the worker stop between the two, the mail still goes then.
    await enqueueMailAt(executorOn(connection), job, when, now);
    await connection.query(
      sql.unsafe`UPDATE mail_outbox SET send_after = ${when.toISOString()} WHERE mail_id = ${job.mailId}`,
    );
    return 'deferred';
  }
  const messageId = messageIdFor(job.mailId);
  await connection.query(sql.unsafe`
    UPDATE mail_outbox SET state = 'sending', attempts = attempts + 1, shop_id = ${order.shopId},
      to_address = ${mail.to}, subject = ${mail.subject}, text_body = ${mail.text}, html_body = ${mail.html},
      message_id = ${messageId}
    WHERE mail_id = ${job.mailId}`);
  const sender = await deps.transports.forShop(order.tenantId, order.shopId);
  await sender.send({
    messageId,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: await mailAttachmentsOf(deps.db, order.tenantId, job.mailId),
  });
  // The one window where a mail can go twice: the server said 250 and this update did not happen (docs/mail.md).
  await connection.query(sql.unsafe`
    UPDATE mail_outbox SET state = 'sent', sent_at = now(), last_error = NULL WHERE mail_id = ${job.mailId}`);
  return 'sent';
}

async function render(deps: MailWorkerDependencies, order: ExistingOrder, row: OutboxRow) {
  const to = sendableAddress(order.mallData.orderer.email);
  if (row.content_given) return { to, subject: row.subject ?? '', text: row.text_body ?? '', html: row.html_body };
  const prepared = await prepareMail(deps.preparation, order, row.kind ?? 'individual');
  if (prepared.unknownFields.length > 0)
    throw new FinalFailure(`the template has unknown fields: ${prepared.unknownFields.join(', ')}`);
  return { ...prepared, to };
}

async function record(deps: MailWorkerDependencies, job: MailJob, command: OrderCommand): Promise<boolean> {
  const result = await deps.pipeline.run(
    {
      decider: orderDeciderFor,
      streamName: streamName.order((await orderOf(deps.db, job.mailId)) ?? ''),
      command,
      commandName: command.type,
      retries: 5,
      waitForReadModels: deps.waitForReadModels ?? true,
    },
    { tenantId: job.tenantId, actor: 'system', correlationId: job.mailId },
  );
  if (result._tag === 'Left') deps.log.warn({ mailId: job.mailId, refusal: result.left }, 'mail result not recorded');
  return result._tag === 'Right';
}

const orderOf = (db: DatabasePool, mailId: string) =>
  db.maybeOneFirst(sql.unsafe`SELECT order_id FROM mail_outbox WHERE mail_id = ${mailId}`) as Promise<string | null>;

/** The order told that its mail went; recorded_at says so, for the sweep to leave the row alone. */
async function recordSent(deps: MailWorkerDependencies, job: MailJob): Promise<void> {
  if (await record(deps, job, { type: 'RecordMailSent', mailId: job.mailId }))
    await deps.db.query(sql.unsafe`UPDATE mail_outbox SET recorded_at = now() WHERE mail_id = ${job.mailId}`);
}

/** Mails sent by a worker that stopped before it told the order: told now (RecordMailSent is idempotent). */
async function recordUnrecordedMails(deps: MailWorkerDependencies): Promise<number> {
  const rows = (await deps.db.any(sql.unsafe`
    SELECT mail_id, tenant_id FROM mail_outbox WHERE state = 'sent' AND recorded_at IS NULL`)) as readonly {
    mail_id: string;
    tenant_id: string;
  }[];
  for (const row of rows) await recordSent(deps, { mailId: row.mail_id, tenantId: row.tenant_id });
  return rows.length;
}

/** The worker on the mail queue: `concurrency` mails side by side, each a job of its own (retried alone). */
export async function startMailWorker(boss: PgBoss, deps: MailWorkerDependencies, concurrency = 4): Promise<void> {
  await recordUnrecordedMails(deps);
  for (let i = 0; i < concurrency; i++)
    await boss.work<MailJob>(
      MAIL_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        const final = job.retryCount >= (job.retryLimit ?? MAIL_JOB_OPTIONS.retryLimit);
        await deliverMail(deps, job.data, final);
      },
    );
}
