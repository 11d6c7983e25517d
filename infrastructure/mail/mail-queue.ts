import PgBoss from 'pg-boss';
import type { Log } from '../../application/ports/log';
import { type CommonQueryMethods, sql } from 'slonik';
import { v5 as uuidv5 } from 'uuid';

/** The pg-boss queue of mails to send; each job's id is the mail's id, so a mail is queued at most once. */
export const MAIL_QUEUE = 'mail';
/** pg-boss keeps its tables in a schema of its own, in the product's database. */
export const QUEUE_SCHEMA = 'pgboss';

/**
 * Five retries with back-off (30 s doubling with pg-boss's jitter: about half an hour in all), and a job not finished
 * in two minutes (a worker killed mid-send) is taken up again.
 */
export const MAIL_JOB_OPTIONS = { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 } as const;

const secondsFromEnvironment = (name: string, fallback: number, least: number): number => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < least)
    throw new Error(`${name} must be a whole number, at least ${least}`);
  return seconds;
};

/**
 * The options each mail job is written with: MAIL_JOB_OPTIONS, with the first retry's delay and the expiry of a job cut
 * short by a killed worker settable (OMS_MAIL_RETRY_DELAY_SECONDS, OMS_MAIL_JOB_EXPIRE_SECONDS), so that tests of
 * retries and kills need not wait minutes. Read on each call: a test sets them before its app starts.
 */
export const mailJobOptions = () => ({
  ...MAIL_JOB_OPTIONS,
  retryDelay: secondsFromEnvironment('OMS_MAIL_RETRY_DELAY_SECONDS', MAIL_JOB_OPTIONS.retryDelay, 0),
  expireInSeconds: secondsFromEnvironment('OMS_MAIL_JOB_EXPIRE_SECONDS', MAIL_JOB_OPTIONS.expireInSeconds, 1),
});

export interface MailJob {
  readonly mailId: string;
  readonly tenantId: string;
}

const NO_DATABASE: PgBoss.Db = {
  executeSql: () => Promise.reject(new Error('jobs are written through the caller’s transaction')),
};

/** pg-boss as an SQL writer only (never started): it writes jobs through the executor each call is given. */
const jobWriter = new PgBoss({ db: NO_DATABASE, schema: QUEUE_SCHEMA });

const asParameter = (value: unknown): string | number | boolean | null => {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
};

/**
 * pg-boss's statements run on a slonik connection or transaction: each `$n` becomes a bound value, so the job is
 * written in the same transaction as the row that asked for it. Each occurrence of a `$n` becomes a parameter of its
 * own, typed by its own place: pg-boss's start time is therefore always given as an instant (`…Z`), which every place
 * it appears in reads alike.
 */
export const executorOn = (connection: CommonQueryMethods): PgBoss.Db => ({
  async executeSql(text, values = []) {
    const parts = text.split(/\$(\d+)/);
    const strings = parts.filter((_, i) => i % 2 === 0);
    const bound = parts.filter((_, i) => i % 2 === 1).map((n) => asParameter(values[Number(n) - 1]));
    const template = Object.freeze(
      Object.assign([...strings], { raw: Object.freeze([...strings]) }),
    ) as unknown as TemplateStringsArray;
    const result = await connection.query(sql.unsafe(template, ...bound));
    return { rows: [...result.rows] };
  },
});

/** An instant `seconds` from now, as pg-boss reads a start time. */
const startingIn = (seconds: number): { startAfter?: string } =>
  seconds > 0 ? { startAfter: new Date(Date.now() + Math.ceil(seconds) * 1000).toISOString() } : {};

/** A mail to queue, to start `startAfterSeconds` from now. */
export interface QueuedMail extends MailJob {
  readonly startAfterSeconds: number;
}

/** Queues each mail once (the job id is the mail id: one statement for all, a mail already queued is left alone). */
export async function enqueueMails(db: PgBoss.Db, mails: readonly QueuedMail[]): Promise<void> {
  if (mails.length === 0) return;
  const options = mailJobOptions();
  await jobWriter.insert(
    mails.map(({ mailId, tenantId, startAfterSeconds }) => ({
      ...options,
      name: MAIL_QUEUE,
      id: mailId,
      data: { mailId, tenantId },
      ...startingIn(startAfterSeconds),
    })),
    { db },
  );
}

/**
 * A mail put back until its window opens (`at`, by the product's clock `now`): a job of its own, named by the mail and
 * the moment, so a retry adds none.
 */
export async function enqueueMailAt(db: PgBoss.Db, job: MailJob, at: Date, now: Date): Promise<void> {
  await jobWriter.send(MAIL_QUEUE, job, {
    ...mailJobOptions(),
    id: uuidv5(at.toISOString(), job.mailId),
    ...startingIn(Math.max(1, (at.getTime() - now.getTime()) / 1000)),
    db,
  });
}

/** pg-boss on the product's database, its schema installed or migrated, and the mail queue created. */
export async function startQueue(connectionString: string, log: Log): Promise<PgBoss> {
  const options = mailJobOptions();
  const boss = new PgBoss({
    connectionString,
    schema: QUEUE_SCHEMA,
    max: 4,
    application_name: 'oms-mail-queue',
    // Expired jobs are given again by pg-boss's maintenance: it must look at least as often as a job may expire.
    maintenanceIntervalSeconds: Math.min(120, options.expireInSeconds),
  });
  // pg-boss's own troubles (a lost connection in its maintenance, a failed fetch) are logged; the jobs stay queued.
  boss.on('error', (error) => log.warn({ err: error }, 'mail queue'));
  await boss.start();
  await boss.createQueue(MAIL_QUEUE, { name: MAIL_QUEUE, ...options });
  return boss;
}
