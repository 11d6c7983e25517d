import * as E from 'fp-ts/Either';
import { type DomainError, domainError } from '../shared/decider';
import { DOCUMENT_IMAGE_MAX_BYTES } from './document-settings';

const DATA_URL = /^data:image\/[a-z+.-]+;base64,([A-Za-z0-9+/]*={0,2})$/;

/** What the image is, by its first bytes, whatever its data URL claims. */
const MAGIC = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
] as const;

export const INVALID_DOCUMENT_IMAGE = domainError(
  'shop.invalid_image',
  '画像は PNG または JPEG の data URL で送ってください',
  'an image is a PNG or JPEG data URL',
);

export const DOCUMENT_IMAGE_TOO_LARGE = domainError(
  'shop.image_too_large',
  `画像は ${DOCUMENT_IMAGE_MAX_BYTES / 1024} KB までです`,
  `an image has at most ${DOCUMENT_IMAGE_MAX_BYTES / 1024} KB`,
);

const decodedSize = (base64: string) => (base64.length * 3) / 4 - (base64.match(/=*$/)?.[0].length ?? 0);

/**
 * A PNG or JPEG as a data URL of its own type (`data:image/png;base64,…`), checked by its magic bytes and its decoded
 * size; anything else is refused.
 */
export function checkedDocumentImage(dataUrl: string): E.Either<DomainError, string> {
  const base64 = DATA_URL.exec(dataUrl.trim())?.[1];
  if (!base64 || base64.length % 4 !== 0) return E.left(INVALID_DOCUMENT_IMAGE);
  if (decodedSize(base64) > DOCUMENT_IMAGE_MAX_BYTES) return E.left(DOCUMENT_IMAGE_TOO_LARGE);
  const head = [...atob(base64.slice(0, 12))].map((c) => c.charCodeAt(0));
  const kind = MAGIC.find(({ bytes }) => bytes.every((byte, i) => head[i] === byte));
  return kind ? E.right(`data:${kind.type};base64,${base64}`) : E.left(INVALID_DOCUMENT_IMAGE);
}
