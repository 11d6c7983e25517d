import { isIP } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import type { SmtpMode, SmtpSecurity, SmtpSummary } from '../../domain/mail/mail-behaviour';
import { fromHeader, parseFromAddress } from '../../domain/mail/from-address';
import { secretBox } from './secret-box';
import type { DkimKey, SmtpSettings } from './smtp-sender';

/**
 * The shop's SMTP server, kept in a table as secrets are (see infrastructure/accounts/api-tokens.ts): the password and
 * the DKIM private keys encrypted (secret-box.ts). What changed is recorded as ShopSmtpSettingsChanged, without them.
 */
export interface SmtpSettingsInput {
  readonly mode: SmtpMode;
  readonly host: string;
  readonly port: number;
  readonly security: SmtpSecurity;
  readonly user: string | null;
  /** undefined keeps the stored password; null removes it. */
  readonly password?: string | null;
  readonly from: string;
}

const passwordContext = (tenantId: string, shopId: string) => `smtp-password/${tenantId}/${shopId}`;
const dkimContext = (tenantId: string, domain: string) => `dkim/${tenantId}/${domain}`;

const Row = z.object({
  mode: z.enum(['smtp', 'rakuten-relay']),
  host: z.string(),
  port: z.number(),
  security: z.enum(['starttls-if-offered', 'starttls', 'tls']),
  user: z.string().nullable(),
  passwordEncrypted: z.string().nullable(),
  from: z.string(),
  version: z.number(),
});
type Row = z.infer<typeof Row>;

const readRow = (db: DatabasePool, tenantId: string, shopId: string) =>
  db.maybeOne(sql.type(Row)`
    SELECT mode, host, port, security, username AS user, password_encrypted AS "passwordEncrypted",
      from_address AS "from", version::int AS version
    FROM shop_smtp_settings WHERE tenant_id = ${tenantId} AND shop_id = ${shopId}`);

const summaryOf = (row: Row): SmtpSummary => ({
  mode: row.mode,
  host: row.host,
  port: row.port,
  security: row.security,
  user: row.user,
  from: row.from,
  passwordSet: row.passwordEncrypted !== null,
});

/** What is shown of the settings: never the password, only whether one is set. null: none (the catcher). */
export async function smtpSummary(db: DatabasePool, tenantId: string, shopId: string): Promise<SmtpSummary | null> {
  const row = await readRow(db, tenantId, shopId);
  return row && summaryOf(row);
}

/** Saves the settings (the password sealed), makes the From domain's DKIM key if it has none; answers the summary. */
export async function saveSmtpSettings(
  db: DatabasePool,
  tenantId: string,
  shopId: string,
  input: SmtpSettingsInput,
): Promise<SmtpSummary> {
  const box = await secretBox(db);
  const from = parseFromAddress(input.from);
  if (!from) throw new Error('saveSmtpSettings: the From address was not checked');
  const user = input.user?.trim() || null;
  const sealed =
    input.password === undefined || input.password === null || user === null
      ? null
      : box.seal(input.password, passwordContext(tenantId, shopId));
  // Without a user there is no AUTH, so no password to keep; a password not sent keeps the stored one.
  const keep = input.password === undefined && user !== null;
  await db.query(sql.unsafe`
    INSERT INTO shop_smtp_settings (tenant_id, shop_id, mode, host, port, security, username, password_encrypted,
      from_address)
    VALUES (${tenantId}, ${shopId}, ${input.mode}, ${input.host.trim()}, ${input.port}, ${input.security}, ${user},
      ${sealed}, ${fromHeader(from)})
    ON CONFLICT (tenant_id, shop_id) DO UPDATE SET mode = EXCLUDED.mode, host = EXCLUDED.host, port = EXCLUDED.port,
      security = EXCLUDED.security, username = EXCLUDED.username,
      password_encrypted = ${keep ? sql.fragment`shop_smtp_settings.password_encrypted` : sql.fragment`EXCLUDED.password_encrypted`},
      from_address = EXCLUDED.from_address, version = shop_smtp_settings.version + 1, updated_at = now()`);
  if (input.mode === 'smtp') await ensureDkimKey(db, tenantId, from.domain);
  return summaryOf((await readRow(db, tenantId, shopId))!);
}

export async function removeSmtpSettings(db: DatabasePool, tenantId: string, shopId: string): Promise<void> {
  await db.query(sql.unsafe`DELETE FROM shop_smtp_settings WHERE tenant_id = ${tenantId} AND shop_id = ${shopId}`);
}

/** The selector names the key and its day, so a later key for the domain can be published beside it. */
const selectorFor = (day: Date) => `oms1-${day.toISOString().slice(0, 10).replace(/-/g, '')}`;

/** The domain's key, made once (RSA 2048); two requests at once keep the first. */
async function ensureDkimKey(db: DatabasePool, tenantId: string, domain: string): Promise<void> {
  const exists = await db.exists(
    sql.unsafe`SELECT 1 FROM mail_dkim_keys WHERE tenant_id = ${tenantId} AND domain = ${domain}`,
  );
  if (exists) return;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicDer = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const box = await secretBox(db);
  await db.query(sql.unsafe`
    INSERT INTO mail_dkim_keys (tenant_id, domain, selector, private_key_encrypted, public_key)
    VALUES (${tenantId}, ${domain}, ${selectorFor(new Date())}, ${box.seal(privatePem, dkimContext(tenantId, domain))},
      ${publicDer})
    ON CONFLICT DO NOTHING`);
}

const DkimRow = z.object({ selector: z.string(), privateKeyEncrypted: z.string(), publicKey: z.string() });
const dkimRow = (db: DatabasePool, tenantId: string, domain: string) =>
  db.maybeOne(sql.type(DkimRow)`
    SELECT selector, private_key_encrypted AS "privateKeyEncrypted", public_key AS "publicKey"
    FROM mail_dkim_keys WHERE tenant_id = ${tenantId} AND domain = ${domain}`);

/** A TXT record to publish at the sending domain's DNS. */
export interface DnsRecord {
  readonly kind: 'dkim' | 'spf';
  readonly type: 'TXT';
  readonly name: string;
  readonly value: string;
}

/**
 * The records that make the shop's mail pass なりすまし checks: the DKIM key and an SPF suggestion naming its SMTP
 * host (docs/mail-settings.md). 楽天's relay needs none of ours (楽天 signs), nor does a shop with no SMTP.
 */
export async function dnsRecords(db: DatabasePool, tenantId: string, shopId: string): Promise<DnsRecord[]> {
  const row = await readRow(db, tenantId, shopId);
  if (!row || row.mode !== 'smtp') return [];
  const from = parseFromAddress(row.from);
  if (!from) return [];
  const key = await dkimRow(db, tenantId, from.domain);
  return [
    ...(key
      ? [
          {
            kind: 'dkim' as const,
            type: 'TXT' as const,
            name: `${key.selector}._domainkey.${from.domain}`,
            value: `v=DKIM1; k=rsa; p=${key.publicKey}`,
          },
        ]
      : []),
    {
      kind: 'spf',
      type: 'TXT',
      name: from.domain,
      value: `v=spf1 ${isIP(row.host) === 4 ? 'ip4' : 'a'}:${row.host} mx ~all`,
    },
  ];
}

/** The stored settings' version, to tell a cached sender is still current without decrypting anything. */
export const smtpVersion = async (db: DatabasePool, tenantId: string, shopId: string): Promise<number | null> =>
  (await readRow(db, tenantId, shopId))?.version ?? null;

const SECURITY: Record<SmtpSecurity, { secure: boolean; requireTls: boolean }> = {
  'starttls-if-offered': { secure: false, requireTls: false },
  starttls: { secure: false, requireTls: true },
  tls: { secure: true, requireTls: false },
};

/** What smtpSender needs, the password and DKIM key opened; null when the shop has no SMTP (the catcher). */
export async function loadSmtpSettings(
  db: DatabasePool,
  tenantId: string,
  shopId: string,
): Promise<{ version: number; settings: SmtpSettings } | null> {
  const row = await readRow(db, tenantId, shopId);
  if (!row) return null;
  const box = await secretBox(db);
  const from = parseFromAddress(row.from);
  let dkim: DkimKey | null = null;
  if (row.mode === 'smtp' && from) {
    const key = await dkimRow(db, tenantId, from.domain);
    if (key)
      dkim = {
        domainName: from.domain,
        keySelector: key.selector,
        privateKey: box.open(key.privateKeyEncrypted, dkimContext(tenantId, from.domain)),
      };
  }
  return {
    version: row.version,
    settings: {
      host: row.host,
      port: row.port,
      ...SECURITY[row.security],
      user: row.user,
      password: row.passwordEncrypted && box.open(row.passwordEncrypted, passwordContext(tenantId, shopId)),
      from: row.from,
      dkim,
    },
  };
}
