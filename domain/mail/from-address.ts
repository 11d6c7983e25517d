import type { SmtpSecurity } from './mail-behaviour';
/** A From as staff type it: `info@example.jp`, `髙橋商店 <info@example.jp>` or `"㈱髙橋商店" <info@example.jp>`. */
export interface FromAddress {
  /** '' when none was given. */
  readonly displayName: string;
  readonly address: string;
  /** The sending domain, lower case: DKIM keys and SPF records are per domain. */
  readonly domain: string;
}

// Deliberately plain: one @, no spaces or angle brackets, a dotted domain. What a shop's From needs, not all of RFC 5322.
const ADDRESS = /^[^\s@<>"]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/;

export function parseFromAddress(text: string): FromAddress | undefined {
  const trimmed = text.trim();
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  const displayName = (named ? named[1]! : '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  const address = (named ? named[2]! : trimmed).trim();
  const match = ADDRESS.exec(address);
  if (!match || /["\r\n]/.test(displayName)) return undefined;
  return { displayName, address, domain: match[1]!.toLowerCase() };
}

/** The header form nodemailer takes: the name quoted, so ㈱ or a comma in it stays one name. */
export const fromHeader = (from: FromAddress): string =>
  from.displayName ? `"${from.displayName}" <${from.address}>` : from.address;

/** A host name as DNS allows it (or an IPv4 address). */
export const isHostName = (text: string): boolean =>
  text.length <= 253 &&
  /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(text);

/**
 * 楽天あんしんメルアドサービス: mail to a 楽天 buyer's masked address must leave through 楽天's relay, authenticated with
 * the SMTP AUTH ID and password issued in RMS, from the sender address registered there. 楽天 signs what it relays.
 */
export const RAKUTEN_RELAY = { host: 'sub.fw.rakuten.ne.jp', port: 587 } as const;

/**
 * What a form or command left out of a shop's SMTP server, filled in as both fill it: 楽天's relay has its own host and
 * port, and port 465 means TLS from the first byte. Answers the missing parts when there is nothing to fill them with.
 */
export function completeSmtpServer(given: {
  readonly relay: boolean;
  readonly host: string | undefined;
  readonly port: number | undefined;
  readonly security: SmtpSecurity | undefined;
}):
  | { readonly host: string; readonly port: number; readonly security: SmtpSecurity }
  | { readonly missing: ('host' | 'port')[] } {
  const host = given.host ?? (given.relay ? RAKUTEN_RELAY.host : undefined);
  const port = given.port ?? (given.relay ? RAKUTEN_RELAY.port : undefined);
  if (host === undefined || port === undefined)
    return {
      missing: [...(host === undefined ? ['host' as const] : []), ...(port === undefined ? ['port' as const] : [])],
    };
  return { host, port, security: given.security ?? (port === 465 ? 'tls' : 'starttls-if-offered') };
}
