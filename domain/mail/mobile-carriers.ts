/**
 * Mail domains of Japan's mobile carriers (キャリアメール). A mail to one of these lands on the buyer's phone and may
 * wake them, so the shop's 携帯メールタイマー holds it back outside the shop's window (send-window.ts).
 *
 * No maintained npm package lists these domains, so the list lives here. Sources: each carrier's own pages on
 * 受信設定 / 迷惑メール対策 (NTT docomo ドコモメール, au (KDDI) auメール and its au.com change of 2017, SoftBank and
 * Y!mobile MMS / S!メール, UQ mobile, 楽天モバイル 楽メール), and the domain lists Japanese shop systems publish for their
 * own 携帯ドメイン settings. Legacy domains (J-PHONE, Vodafone, Tu-Ka, WILLCOM, EMOBILE) are kept because customer
 * records still carry them; a mail to a dead address bounces whether the timer holds it or not.
 *
 * Every subdomain of a listed domain counts too: the carrier owns the domain, and some used subdomains for addresses
 * (biz.ezweb.ne.jp, biz.au.com, di.pdx.ne.jp, wm.pdx.ne.jp).
 *
 * Deliberately counted: i.softbank.jp (SoftBank's iPhone MMS, Eメール(i)). It is read through IMAP rather than pushed
 * as an MMS, but it is a carrier address on the buyer's phone, carriers filter it like the others, and the phone
 * notifies at night all the same. yahoo.ne.jp is Y!mobile's own mail (Yahoo! JAPAN's free mail is yahoo.co.jp).
 * Deliberately left out: mopera.net (docomo's ISP mail, read on a computer as often as on a phone) and the free mail
 * services (gmail.com, icloud.com, yahoo.co.jp) that also reach phones: the timer is for carrier mail, as shops expect.
 */
export type MobileCarrier = 'docomo' | 'au' | 'softbank' | 'ymobile' | 'rakuten' | 'legacy';

const DOMAINS: Readonly<Record<MobileCarrier, readonly string[]>> = {
  docomo: ['docomo.ne.jp'],
  // au (KDDI); UQ mobile is KDDI's own second brand.
  au: ['ezweb.ne.jp', 'au.com', 'uqmobile.jp'],
  // SoftBank, its iPhone MMS, and Disney Mobile on SoftBank.
  softbank: ['softbank.ne.jp', 'i.softbank.jp', 'disney.ne.jp'],
  // Y!mobile (2014, SoftBank) and the networks it was made of: WILLCOM (PHS) and EMOBILE.
  ymobile: [
    'ymobile.ne.jp',
    'ymobile1.ne.jp',
    'yahoo.ne.jp',
    'willcom.com',
    'pdx.ne.jp',
    'wcm.ne.jp',
    'emnet.ne.jp',
    'emobile.ne.jp',
    'emobile-s.ne.jp',
  ],
  rakuten: ['rakumail.jp'],
  // Before SoftBank: Vodafone (2003–2006) and J-PHONE, one subdomain per regional company; Tu-Ka (merged into au 2008).
  legacy: [
    ...['c', 'd', 'h', 'k', 'n', 'q', 'r', 's', 't'].flatMap((region) => [
      `${region}.vodafone.ne.jp`,
      `jp-${region}.ne.jp`,
    ]),
    'sky.tkk.ne.jp',
    'sky.tkc.ne.jp',
    'sky.tu-ka.ne.jp',
  ],
};

const CARRIER_BY_DOMAIN: ReadonlyMap<string, MobileCarrier> = new Map(
  (Object.entries(DOMAINS) as [MobileCarrier, readonly string[]][]).flatMap(([carrier, domains]) =>
    domains.map((domain) => [domain, carrier] as const),
  ),
);

/** Every listed domain, for the docs and the settings screen. */
export const MOBILE_MAIL_DOMAINS: readonly string[] = [...CARRIER_BY_DOMAIN.keys()];

/**
 * The carrier whose domain `address` is at, or undefined. The domain is what follows the last @ (old docomo and au
 * addresses have dots the RFC forbids before the @, such as taro..@docomo.ne.jp; they are still carrier mail), compared
 * without case and without a trailing dot; a listed domain's subdomains match, a domain merely ending alike does not.
 */
export function mobileCarrierOf(address: string): MobileCarrier | undefined {
  const at = address.lastIndexOf('@');
  if (at < 1) return undefined;
  let domain = address
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
  while (domain.includes('.')) {
    const carrier = CARRIER_BY_DOMAIN.get(domain);
    if (carrier) return carrier;
    domain = domain.slice(domain.indexOf('.') + 1);
  }
  return undefined;
}

export const isMobileMailAddress = (address: string): boolean => mobileCarrierOf(address) !== undefined;
