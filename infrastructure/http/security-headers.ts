import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** HSTS for a year, only on answers that came over TLS (directly or, with TRUST_PROXY, through a TLS proxy). */
const strictTransport = helmet.strictTransportSecurity({ maxAge: 365 * 24 * 60 * 60 });

/**
 * Security headers on every answer. The admin is served from this origin with no inline script, so scripts, fonts,
 * images and API calls stay `'self'`; styles need `'unsafe-inline'` because MUI (emotion) writes its styles into
 * `<style>` elements at run time. No page of ours may be framed (clickjacking), and no address leaves in a Referer.
 * `upgrade-insecure-requests` is left out: on a plain-HTTP install (a LAN, localhost) it would send the admin's own
 * assets to an https:// address that does not answer.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          baseUri: ["'self'"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          imgSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
        },
      },
      strictTransportSecurity: false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
    (req, res, next) => (req.secure ? strictTransport(req, res, next) : next()),
  ];
}
