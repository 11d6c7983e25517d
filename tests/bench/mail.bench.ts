/**
 * `npm run bench -- mail`: 1,000 shipping mails (発送メール) on the real server process, to an SMTP server the benchmark
 * runs on 127.0.0.1 (plain SMTP, no TLS; it counts what arrives and parses nothing).
 * - mail.shipped_seconds_1000: from the 発送メール未送信 tab's bulk send (`POST /api/orders/commands/send-mail`
 *   `{status, kind: 'shipped'}`) until the SMTP server has all 1,000 and every order recorded MailSent (the queue, the
 *   worker's render with prepareMail, DKIM signing, SMTP, the outbox updates, RecordMailSent);
 * - mail.render_per_s: prepareMail (template, merge values, mjml compile) of the default 発送メール for the same orders,
 *   in this process on the same database.
 * Peers measured in the same run, for ratios that hold on a busy machine: nodemailer alone sending the same 1,000
 * rendered mails over the product's pooled, DKIM-signing transport to the same server; mjml2html alone on the same
 * rendered mjml sources.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mjml2html from 'mjml';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { DEFAULT_TEMPLATES } from '../../application/mail/default-templates';
import { mergeValues } from '../../application/mail/merge-fields';
import { type MailPreparation, prepareMail } from '../../application/mail/prepare-mail';
import { renderTemplate } from '../../application/mail/render-template';
import { loadOrder } from '../../application/orders/load-order';
import type { ExistingOrder } from '../../domain/order/state';
import { loadConfig } from '../../infrastructure/config';
import { createContainer, TOKENS } from '../../infrastructure/container';
import { createLogger } from '../../infrastructure/logger';
import { smtpTransport } from '../../infrastructure/mail/smtp-sender';
import { openBenchServer } from './bench-database';
import { type BenchSession, benchSession, importRakutenFile } from './bench-session';
import { issuedFile, shipByYamato } from './labels.bench';
import { writeRakutenFile } from './rakuten-file';
import { figure, inParallel } from './report';

const MAILS = Number(process.env.BENCH_MAILS ?? 1000);
const TENANT = 'mail';
const FROM = '髙橋商店 <shop@example.jp>';

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function api(session: BenchSession, method: string, url: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${session.server.url}/api${url}`, {
    method,
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (response.status >= 300)
    throw new Error(`${method} ${url} answered ${response.status}: ${(await response.text()).slice(0, 1000)}`);
  return response;
}

/** A plain SMTP server (no STARTTLS, no AUTH) that reads each message to its end and counts it. */
async function countingSmtpServer(): Promise<{ port: number; received: () => number; stop(): Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received: () => received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * MAILS orders at 発送メール未送信 with a tracking number each, through the bulk paths: the 楽天 file imported, the B2
 * file exported, and that file given back with numbers (伝票番号取込). The shop sends nothing by itself meanwhile.
 */
async function seedShippedOrders(session: BenchSession, smtpPort: number, dir: string): Promise<void> {
  await api(session, 'PUT', `/mail-settings/${session.shopId}`, {
    automatic: { thanks: false, payment_confirmed: false, shipped: false, follow_up: false },
    mobileSendWindow: 'always',
    smtp: { mode: 'smtp', host: '127.0.0.1', port: smtpPort, security: 'starttls-if-offered', user: null, from: FROM },
  });
  await shipByYamato(session);
  const file = path.join(dir, 'rakuten.csv');
  await writeRakutenFile(file, MAILS, 1);
  await importRakutenFile(session, file, MAILS);
  const exported = await api(session, 'POST', '/label-exports', { layout: 'b2cloud', filter: {} });
  const rows = parse(iconv.decode(Buffer.from(await exported.arrayBuffer()), 'cp932'), {
    relax_column_count: true,
  }) as string[][];
  const form = new FormData();
  form.set('layout', 'b2cloud');
  form.append('files', new Blob([new Uint8Array(issuedFile(rows))]), 'b2-issued.csv');
  const imported = await fetch(`${session.server.url}/api/tracking-imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}` },
    body: form,
  });
  if (imported.status !== 200) throw new Error(`POST /api/tracking-imports answered ${imported.status}`);
}

/** Waits until `done` holds, polling; fails with `what` after ten minutes. */
async function until(what: () => Promise<string>, done: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${await what()}`);
    await sleep(50);
  }
}

interface SentRow {
  readonly to_address: string;
  readonly subject: string;
  readonly text_body: string;
  readonly html_body: string;
  readonly message_id: string;
}

/** The peer: the same rendered mails through nodemailer's pooled, DKIM-signing transport, as the product sets it up. */
async function nodemailerAlone(rows: readonly SentRow[], smtpPort: number): Promise<number> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const transport = smtpTransport({
    host: '127.0.0.1',
    port: smtpPort,
    secure: false,
    requireTls: false,
    user: null,
    password: null,
    from: FROM,
    dkim: {
      domainName: 'example.jp',
      keySelector: 'oms1-20261206',
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    },
  });
  const started = process.hrtime.bigint();
  await Promise.all(
    rows.map((row) =>
      transport.sendMail({
        from: FROM,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        messageId: `<peer-${row.message_id.slice(1)}`,
      }),
    ),
  );
  const took = seconds(started);
  transport.close();
  return took;
}

/** prepareMail for every order, four at once (as the worker renders), in mails per second. */
async function renderRates(connectionString: string, orderIds: readonly string[]): Promise<[number, number]> {
  const config = { ...loadConfig({}), databaseUrl: connectionString };
  const { container, close } = await createContainer(config, createLogger('silent'), connectionString);
  try {
    const store = container.get(TOKENS.EventStore);
    const registry = container.get(TOKENS.Registry);
    const preparation: MailPreparation = container.get(TOKENS.MailPreparation);
    const orders: ExistingOrder[] = [];
    for (const id of orderIds) {
      const { state } = await loadOrder(store, registry, id);
      if (state.exists) orders.push(state);
    }
    const started = process.hrtime.bigint();
    await inParallel(orders.length, 4, async (i) => {
      const mail = await prepareMail(preparation, orders[i]!, 'shipped');
      if (mail.html === null || mail.unknownFields.length > 0) throw new Error('the shipping mail did not render');
    });
    const prepareRate = orders.length / seconds(started);

    // The peer's input: each order's mjml source with its values filled in, as composeMail hands it to mjml.
    const sources: string[] = [];
    for (const order of orders) {
      const settings = await preparation.settings.forShop(order.tenantId, order.shopId);
      const values = mergeValues(order, {
        shopName: await preparation.facts.shopName(order.tenantId, order.shopId),
        signature: settings.signature,
        myPageUrl: await preparation.myPageLinks.urlFor(order.tenantId, order.orderId, settings.myPageLinkDays),
        purchaseCount: await preparation.facts.purchaseCount(order.tenantId, order.orderId),
      });
      sources.push(renderTemplate(DEFAULT_TEMPLATES.shipped.mjml!, values, { as: 'html' }).text);
    }
    const mjmlStarted = process.hrtime.bigint();
    for (const source of sources) await mjml2html(source, { validationLevel: 'soft' });
    return [prepareRate, sources.length / seconds(mjmlStarted)];
  } finally {
    await close();
  }
}

export async function mailBenchmark(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oms-bench-mail-'));
  const smtp = await countingSmtpServer();
  const database = await openBenchServer();
  let session: BenchSession | undefined;
  let db: pg.Pool | undefined;
  try {
    const connectionString = await database.freshDatabase(true);
    session = await benchSession(connectionString, TENANT);
    db = new pg.Pool({ connectionString, max: 2 });
    const count = async (query: string) => Number((await db!.query(query)).rows[0].n);
    const seedStarted = process.hrtime.bigint();
    await seedShippedOrders(session, smtp.port, dir);
    const waiting = await count(`SELECT count(*) AS n FROM order_search WHERE status = 'awaiting_shipping_mail'`);
    if (waiting !== MAILS) throw new Error(`${waiting} orders at 発送メール未送信, not ${MAILS}`);
    console.log(`seeded ${MAILS} orders at 発送メール未送信 in ${seconds(seedStarted).toFixed(1)} s`);

    const started = process.hrtime.bigint();
    const asked = (await (
      await api(session, 'POST', '/orders/commands/send-mail', { status: 'awaiting_shipping_mail', kind: 'shipped' })
    ).json()) as { queued: number };
    if (asked.queued !== MAILS) throw new Error(`queued ${JSON.stringify(asked).slice(0, 500)}`);
    const recorded = () => count(`SELECT count(*) AS n FROM mail_outbox WHERE recorded_at IS NOT NULL`);
    await until(
      async () => `${smtp.received()} received, ${await recorded()} recorded`,
      async () => smtp.received() >= MAILS && (await recorded()) >= MAILS,
    );
    const shippedSeconds = seconds(started);
    if (smtp.received() !== MAILS) throw new Error(`the SMTP server received ${smtp.received()} mails`);

    const rows = (await db.query(`SELECT to_address, subject, text_body, html_body, message_id FROM mail_outbox`))
      .rows as SentRow[];
    const peerSeconds = await nodemailerAlone(rows, smtp.port);
    if (smtp.received() !== 2 * MAILS) throw new Error(`the peer delivered ${smtp.received() - MAILS} mails`);

    figure('mail.shipped_seconds_1000', (shippedSeconds * 1000) / MAILS, 's');
    figure('mail.peer_nodemailer_seconds_1000', (peerSeconds * 1000) / MAILS, 's');
    figure('mail.shipped_vs_nodemailer', shippedSeconds / peerSeconds, 'x');

    const orderIds = (await db.query(`SELECT order_id FROM mail_outbox`)).rows.map((r) => r.order_id as string);
    const [prepareRate, mjmlRate] = await renderRates(connectionString, orderIds);
    figure('mail.render_per_s', prepareRate, 'mails/s');
    figure('mail.mjml_only_per_s', mjmlRate, 'mails/s');
    figure('mail.render_vs_mjml', mjmlRate / prepareRate, 'x');
  } finally {
    await db?.end();
    await session?.server.stop();
    await database.stop();
    await smtp.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
