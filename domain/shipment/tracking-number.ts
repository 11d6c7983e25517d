/**
 * Carriers print numbers with hyphens (1234-5678-9012) and staff paste them in full width; the carrier's tracking page
 * wants the bare characters. Japan Post's international numbers carry letters (EJ123456789JP), so letters are kept.
 */
export const normaliseTrackingNumber = (raw: string): string =>
  raw
    .normalize('NFKC')
    .replace(/[-\u2010-\u2015\u2212\u30fc\uff70\s]/g, '')
    .toUpperCase();

export const TRACKING_NUMBER = /^[0-9A-Z]{8,30}$/;
