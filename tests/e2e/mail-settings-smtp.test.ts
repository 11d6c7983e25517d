/**
 * メール設定 and SMTP per shop, end to end: a shop configured through the API sends through a real `smtp-server` started
 * here (AUTH over STARTTLS with a certificate made for this test; plain SMTP; 楽天's relay mode), the received mail
 * parsed with mailparser and its DKIM signature verified with mailauth against the TXT record the API shows. The
 * password is encrypted at rest and never answered; a shop with no SMTP lands in the catcher (送信メール（開発用）);
 * tenants never see each other's settings or mails.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { dkimVerify } from 'mailauth/lib/dkim/verify';
import { sql } from 'slonik';
import { SMTPServer } from 'smtp-server';
import { DEFAULT_SHOP_MAIL_SETTINGS, type OutgoingMail } from '../../application/mail/ports';
import { TOKENS } from '../../infrastructure/container';
import { apiCaller, listQuery, signIn } from '../support/api-client';
import { inProcessAppForThisFile } from '../support/in-process-app';
import { seedTenant, type Tenant } from '../support/tenant-fixture';

// A certificate for localhost, made here; the app trusts it as an in-house CA (OMS_SMTP_CA_FILE), nothing else does.
const certDir = mkdtempSync(path.join(os.tmpdir(), 'oms-smtp-cert-'));
execFileSync('openssl', [
  'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
  '-addext', 'subjectAltName=DNS:localhost', '-keyout', path.join(certDir, 'key.pem'), '-out', path.join(certDir, 'cert.pem'),
], { stdio: 'ignore' }); // prettier-ignore
const app = inProcessAppForThisFile({ env: { OMS_SMTP_CA_FILE: path.join(certDir, 'cert.pem') } });

const SMTP_USER = 'takahashi-shop';
const SMTP_PASSWORD = 'pässwörd-髙①';
const SUBJECT = 'ご注文ありがとうございます ①㈱髙～';

interface Received {
  readonly raw: Buffer;
  readonly user: string | undefined;
  readonly secure: boolean;
}
/** A real SMTP server: with `tls`, STARTTLS and AUTH (the one user above); without, plain and open. */
async function startSmtpServer(tls: boolean) {
  const received: Received[] = [];
  const server = new SMTPServer({
    ...(tls
      ? {
          key: readFileSync(path.join(certDir, 'key.pem')),
          cert: readFileSync(path.join(certDir, 'cert.pem')),
          authMethods: ['PLAIN', 'LOGIN'],
          onAuth: (auth, _session, done) =>
            auth.username === SMTP_USER && auth.password === SMTP_PASSWORD
              ? done(null, { user: auth.username })
              : done(new Error('535 5.7.8 Authentication failed')),
        }
      : { disabledCommands: ['STARTTLS', 'AUTH'] }),
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ raw: Buffer.concat(chunks), user: session.user as string | undefined, secure: session.secure });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, received };
}

let a: Tenant;
let b: Tenant;
const cookies = { a: '', b: '', staff: '' };
const call = (method: string, p: string, who: keyof typeof cookies = 'a', body?: unknown) =>
  apiCaller(app())(method, p, cookies[who], body);
let tlsServer: Awaited<ReturnType<typeof startSmtpServer>>;
let plainServer: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  [tlsServer, plainServer] = await Promise.all([startSmtpServer(true), startSmtpServer(false)]);
  [a, b] = await Promise.all([seedTenant(app(), { code: 'mail-a' }), seedTenant(app(), { code: 'mail-b' })]);
  cookies.a = await signIn(app(), a.code, a.admin.username, a.admin.password);
  cookies.b = await signIn(app(), b.code, b.admin.username, b.admin.password);
  cookies.staff = await signIn(app(), a.code, a.staff.username, a.staff.password);
}, 60_000);
afterAll(async () => {
  await Promise.all(
    [tlsServer, plainServer].map((s) => s && new Promise<void>((resolve) => s.server.close(() => resolve()))),
  );
  rmSync(certDir, { recursive: true, force: true });
});

const mail = (n: number, to = 'buyer@example.com'): OutgoingMail => ({
  messageId: `<mail-${n}@oms.test>`,
  to,
  subject: SUBJECT,
  text: '髙橋 様\nご注文ありがとうございます。\n注文番号: 123456-20261130-0000001',
  html: '<html><body><p>髙橋 様</p><p>ご注文ありがとうございます。①㈱</p></body></html>',
  attachments: [],
});
const send = async (tenant: Tenant, shopId: string, outgoing: OutgoingMail) =>
  (await app().container.get(TOKENS.MailTransports).forShop(tenant.id, shopId)).send(outgoing);
const rakutenShop = () => a.shops[0]!.id;
const yahooShop = () => a.shops[1]!.id;
const amazonShop = () => a.shops[2]!.id;

const SMTP_SETTINGS = () => ({
  host: 'localhost',
  port: tlsServer.port,
  security: 'starttls',
  user: SMTP_USER,
  password: SMTP_PASSWORD,
  from: '"㈱髙橋商店" <info@takahashi.example>',
});

describe('SMTP per shop', () => {
  test('a shop configured through the API delivers over STARTTLS with AUTH, DKIM-signed with the key the API shows', async () => {
    const saved = await call('PUT', `/mail-settings/${yahooShop()}`, 'a', { smtp: SMTP_SETTINGS() });
    expect(saved.status).toBe(200);
    expect(saved.body.smtp).toEqual({
      mode: 'smtp',
      host: 'localhost',
      port: tlsServer.port,
      security: 'starttls',
      user: SMTP_USER,
      from: '"㈱髙橋商店" <info@takahashi.example>',
      passwordSet: true,
    });
    expect(JSON.stringify(saved.body)).not.toContain(SMTP_PASSWORD);

    const dns = await call('GET', `/mail-settings/${yahooShop()}/dns-records`);
    const dkim = dns.body.records.find((r: { kind: string }) => r.kind === 'dkim');
    expect(dkim.name).toMatch(/^oms1-\d{8}\._domainkey\.takahashi\.example$/);
    expect(dkim.value).toMatch(/^v=DKIM1; k=rsa; p=[A-Za-z0-9+/=]{300,}$/);
    expect(dns.body.records.find((r: { kind: string }) => r.kind === 'spf')).toEqual({
      kind: 'spf',
      type: 'TXT',
      name: 'takahashi.example',
      value: 'v=spf1 a:localhost mx ~all',
    });

    await send(a, yahooShop(), mail(1));
    const delivered = tlsServer.received.at(-1)!;
    expect(delivered).toMatchObject({ user: SMTP_USER, secure: true });
    const parsed = await simpleParser(delivered.raw);
    expect(parsed.subject).toBe(SUBJECT);
    expect(parsed.from?.value).toEqual([{ name: '㈱髙橋商店', address: 'info@takahashi.example' }]);
    expect(parsed.messageId).toBe('<mail-1@oms.test>');
    expect(parsed.text?.trim()).toBe(mail(1).text);
    expect(parsed.html).toContain('①㈱');

    const verified = await dkimVerify(delivered.raw, {
      resolver: async (name, type) => {
        if (type === 'TXT' && name === dkim.name) return [[dkim.value]];
        throw Object.assign(new Error(`no ${type} ${name}`), { code: 'ENOTFOUND' });
      },
    });
    expect(verified.results).toHaveLength(1);
    expect(verified.results[0]!.signingDomain).toBe('takahashi.example');
    expect(verified.results[0]!.status.result).toBe('pass');
  });

  test('the password is encrypted at rest, the change is in the history without it, and 接続テスト says OK', async () => {
    const db = app().container.get(TOKENS.Db);
    const stored = await db.one(sql.unsafe`
      SELECT password_encrypted, (SELECT private_key_encrypted FROM mail_dkim_keys WHERE domain = 'takahashi.example') AS dkim
      FROM shop_smtp_settings WHERE shop_id = ${yahooShop()}`);
    expect(stored.password_encrypted).not.toContain(SMTP_PASSWORD);
    expect(stored.password_encrypted).toMatch(/^v1\./);
    expect(stored.dkim).not.toContain('PRIVATE KEY');
    const history = await db.any(sql.unsafe`
      SELECT data FROM events WHERE type = 'ShopSmtpSettingsChanged' AND stream_name = ${`shop-${yahooShop()}`}`);
    expect(history.map((e) => e.data.smtp)).toEqual([
      expect.objectContaining({ host: 'localhost', user: SMTP_USER, passwordSet: true }),
    ]);
    expect(JSON.stringify(history)).not.toContain(SMTP_PASSWORD);

    expect((await call('POST', `/mail-settings/${yahooShop()}/smtp-check`)).body).toEqual({ ok: true, message: 'OK' });
  });

  test('a save without the password keeps it; a wrong one fails the 接続テスト with the server answer', async () => {
    const { password: _left, ...withoutPassword } = SMTP_SETTINGS();
    const kept = await call('PUT', `/mail-settings/${yahooShop()}`, 'a', {
      smtp: { ...withoutPassword, password: '', passwordSet: true },
      signature: '㈱髙橋商店\nTEL 03-1234-5678',
    });
    expect(kept.status).toBe(200);
    expect(kept.body.smtp.passwordSet).toBe(true);
    await send(a, yahooShop(), mail(2));
    expect(tlsServer.received.at(-1)).toMatchObject({ user: SMTP_USER });

    await call('PUT', `/mail-settings/${yahooShop()}`, 'a', { smtp: { ...SMTP_SETTINGS(), password: 'wrong' } });
    const check = await call('POST', `/mail-settings/${yahooShop()}/smtp-check`);
    expect(check.body.ok).toBe(false);
    expect(check.body.message).toContain('535');
    // The cached sender was rebuilt with the new password: sending now fails as the check said.
    await expect(send(a, yahooShop(), mail(3))).rejects.toThrow(/535/);
    await call('PUT', `/mail-settings/${yahooShop()}`, 'a', { smtp: SMTP_SETTINGS() });
  });

  test('plain SMTP without TLS or AUTH delivers when security allows it; an IPv4 host is named by ip4 in SPF', async () => {
    const saved = await call('PUT', `/mail-settings/${amazonShop()}`, 'a', {
      smtp: {
        host: '127.0.0.1',
        port: plainServer.port,
        security: 'starttls-if-offered',
        from: 'amazon@takahashi.example',
      },
    });
    expect(saved.body.smtp).toMatchObject({ user: null, passwordSet: false });
    const dns = await call('GET', `/mail-settings/${amazonShop()}/dns-records`);
    expect(dns.body.records.find((r: { kind: string }) => r.kind === 'spf').value).toBe('v=spf1 ip4:127.0.0.1 mx ~all');
    await send(a, amazonShop(), mail(4));
    const parsed = await simpleParser(plainServer.received.at(-1)!.raw);
    expect(parsed.subject).toBe(SUBJECT);
    expect(plainServer.received.at(-1)!.secure).toBe(false);
  });

  test("楽天's relay mode fills in the relay's host and port, signs nothing and publishes no records", async () => {
    const relay = await call('PUT', `/mail-settings/${rakutenShop()}`, 'a', {
      smtp: { mode: 'rakuten-relay', user: 'rms-auth-id', password: 'x', from: 'shop-12345@shop.rakuten.co.jp' },
    });
    expect(relay.body.smtp).toMatchObject({ mode: 'rakuten-relay', host: 'sub.fw.rakuten.ne.jp', port: 587 });
    expect((await call('GET', `/mail-settings/${rakutenShop()}/dns-records`)).body.records).toEqual([]);
    // The same mode through a local stand-in for the relay: the mail goes without a DKIM-Signature.
    await call('PUT', `/mail-settings/${rakutenShop()}`, 'a', {
      smtp: { mode: 'rakuten-relay', host: 'localhost', port: plainServer.port, from: 'shop-12345@shop.rakuten.co.jp' },
    });
    await send(a, rakutenShop(), mail(5));
    const parsed = await simpleParser(plainServer.received.at(-1)!.raw);
    expect(parsed.from?.value[0]!.address).toBe('shop-12345@shop.rakuten.co.jp');
    expect(parsed.headers.has('dkim-signature')).toBe(false);
    expect((await call('PUT', `/mail-settings/${rakutenShop()}`, 'a', { smtp: null })).body.smtp).toBeNull();
  });
});

describe('mail behaviour settings', () => {
  test('a shop that set nothing has the defaults; a saved setting is what the mail seams read', async () => {
    const shop = b.shops[1]!.id;
    expect(await app().container.get(TOKENS.ShopMailSettings).forShop(b.id, shop)).toEqual(DEFAULT_SHOP_MAIL_SETTINGS);
    const saved = await call('PUT', `/mail-settings/${shop}`, 'b', {
      automatic: { follow_up: true },
      followUpDays: 14,
      mobileSendWindow: { from: '09:00', to: '20:00' },
      myPageLinkDays: 30,
      signature: '髙橋商店 﨑',
    });
    expect(saved.status).toBe(200);
    // The answer comes once the read model has the change.
    expect(await app().container.get(TOKENS.ShopMailSettings).forShop(b.id, shop)).toEqual({
      automatic: { thanks: true, payment_confirmed: true, shipped: true, follow_up: true },
      followUpDays: 14,
      mobileSendWindow: { from: '09:00', to: '20:00' },
      myPageLinkDays: 30,
      signature: '髙橋商店 﨑',
    });
    expect((await call('GET', `/mail-settings/${shop}`, 'b')).body).toMatchObject({ followUpDays: 14, smtp: null });
  });

  test('bad input is 400 with the field paths; days out of range are refused with the reason', async () => {
    const bad = await call('PUT', `/mail-settings/${yahooShop()}`, 'a', {
      mobileSendWindow: { from: '25:00', to: '08:00' },
      smtp: { host: 'bad host!', port: 70000, from: 'not an address' },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['mobileSendWindow', 'smtp.host', 'smtp.port', 'smtp.from']));
    const noHost = await call('PUT', `/mail-settings/${yahooShop()}`, 'a', { smtp: { from: 'a@b.example' } });
    expect(noHost.status).toBe(400);
    expect(noHost.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['smtp.host', 'smtp.port']);
    const noPort = await call('PUT', `/mail-settings/${yahooShop()}`, 'a', {
      smtp: { host: 'h.example', from: 'a@b.example' },
    });
    expect(noPort.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['smtp.port']);
    const days = await call('PUT', `/mail-settings/${yahooShop()}`, 'a', { followUpDays: 0 });
    expect(days.status).toBe(422);
    expect(days.body.error.code).toBe('shop.invalid_follow_up_days');
    expect((await call('PUT', `/mail-settings/${yahooShop()}`, 'staff', { followUpDays: 3 })).status).toBe(403);
  });
});

describe('送信メール（開発用） and tenants', () => {
  test('a shop with no SMTP lands in the catcher and shows in /api/caught-mails, newest first', async () => {
    const shop = b.shops[0]!.id;
    await send(b, shop, mail(10, 'first@example.jp'));
    await send(b, shop, mail(11, 'second@example.jp'));
    const list = await call('GET', `/caught-mails?${listQuery({ range: [0, 9] })}`, 'b');
    expect(list.status).toBe(200);
    expect(list.range).toBe('caught-mails 0-1/2');
    expect(list.body.map((m: { to: string }) => m.to)).toEqual(['second@example.jp', 'first@example.jp']);
    expect(list.body[0]).toMatchObject({ shopId: shop, shopName: '髙橋商店 楽天市場店', subject: SUBJECT });
    const one = await call('GET', `/caught-mails/${list.body[0].id}`, 'b');
    expect(one.body).toMatchObject({ text: mail(11).text, html: mail(11).html, messageId: '<mail-11@oms.test>' });
    const ascending = await call('GET', `/caught-mails?${listQuery({ sort: ['to', 'ASC'], range: [0, 0] })}`, 'b');
    expect(ascending.body.map((m: { to: string }) => m.to)).toEqual(['first@example.jp']);
  });

  test("tenant B never sees tenant A's settings, records or caught mails", async () => {
    await send(a, rakutenShop(), mail(12, 'a-buyer@example.jp'));
    expect((await call('GET', `/mail-settings/${yahooShop()}`, 'b')).status).toBe(404);
    expect((await call('GET', `/mail-settings/${yahooShop()}/dns-records`, 'b')).status).toBe(404);
    expect((await call('PUT', `/mail-settings/${yahooShop()}`, 'b', { smtp: null })).status).toBe(404);
    expect((await call('POST', `/mail-settings/${yahooShop()}/smtp-check`, 'b')).status).toBe(404);
    const listed = await call('GET', '/mail-settings', 'b');
    expect(listed.body.map((s: { id: string }) => s.id).sort()).toEqual(b.shops.map((s) => s.id).sort());
    const bMails = await call('GET', '/caught-mails', 'b');
    const aMails = await call('GET', '/caught-mails', 'a');
    expect(aMails.body.map((m: { to: string }) => m.to)).toEqual(['a-buyer@example.jp']);
    expect(bMails.body.map((m: { to: string }) => m.to)).not.toContain('a-buyer@example.jp');
    expect((await call('GET', `/caught-mails/${bMails.body[0].id}`, 'a')).status).toBe(404);
    expect((await call('GET', `/caught-mails/${aMails.body[0].id}`, 'b')).status).toBe(404);
    // A's password stays A's: B's admin cannot read it anywhere.
    expect(JSON.stringify(listed.body)).not.toContain('takahashi-shop');
  });
});
