import * as E from 'fp-ts/Either';
import { checkedDocumentImage } from '../documents/document-image';
import {
  DOCUMENT_TEXT_LIMITS,
  defaultDocumentSettings,
  type DocumentImage,
  type DocumentSettings,
  GREETING_KINDS,
  type Greetings,
} from '../documents/document-settings';
import { normalizeRegistrationNumber, registrationNumberProblem } from '../documents/registration-number';
import type { LeaveDocumentsWaiting, TaxRounding } from '../documents/document-kind';
import { type DomainError, domainError } from '../shared/decider';
import { fitsIn } from '../shared/storable-text';
import type { ShopDocumentImageSet, ShopDocumentSettingsSet } from './events';

/**
 * 帳票設定 as typed: texts are trimmed, the registration number normalised (empty: none). A field not given keeps what
 * the shop has (the defaults, with the shop's name as the issuer, until it set something).
 */
export interface SetShopDocumentSettings {
  readonly type: 'SetShopDocumentSettings';
  readonly shopId: string;
  readonly tenantId: string;
  readonly issuer?: {
    readonly name?: string;
    readonly postalCode?: string;
    readonly address?: string;
    readonly phone?: string;
    readonly email?: string;
    readonly registrationNumber?: string | null;
  };
  readonly greetings?: Partial<Greetings>;
  readonly receiptProviso?: string;
  readonly taxRounding?: TaxRounding;
  readonly leaveDocumentsWaiting?: LeaveDocumentsWaiting;
}

/** The logo or the 角印; `dataUrl: null` removes it. */
export interface SetShopDocumentImage {
  readonly type: 'SetShopDocumentImage';
  readonly shopId: string;
  readonly tenantId: string;
  readonly image: DocumentImage;
  readonly dataUrl: string | null;
}

/** What the shop set for its documents; null until it sets something (the defaults apply). */
export interface ShopDocuments {
  readonly settings: DocumentSettings | null;
  readonly images: Readonly<Record<DocumentImage, string | null>>;
}

export const NO_SHOP_DOCUMENTS: ShopDocuments = { settings: null, images: { logo: null, seal: null } };

const FIELD_LABELS = {
  name: ['発行者名', 'the issuer name'],
  postalCode: ['郵便番号', 'the postal code'],
  address: ['住所', 'the address'],
  phone: ['電話番号', 'the phone number'],
  email: ['メールアドレス', 'the e-mail address'],
  greeting: ['挨拶文', 'a greeting'],
  receiptProviso: ['但し書き', 'the proviso'],
} as const;

const tooLong = (field: keyof typeof FIELD_LABELS): DomainError => {
  const max = DOCUMENT_TEXT_LIMITS[field];
  const [ja, en] = FIELD_LABELS[field];
  return domainError('shop.document_text_too_long', `${ja}は${max}文字以内です`, `${en} has at most ${max} characters`);
};

const trimmedGreetings = (greetings: Partial<Greetings>, current: Greetings): Greetings =>
  Object.fromEntries(
    GREETING_KINDS.map((kind) => [kind, (greetings[kind] ?? current[kind]).trim()]),
  ) as unknown as Greetings;

/** The settings as they are stored, or the first rule they break. */
function settingsOf(
  command: SetShopDocumentSettings,
  current: DocumentSettings,
): E.Either<DomainError, DocumentSettings> {
  const issuer = { ...current.issuer, ...command.issuer };
  const registrationNumber = normalizeRegistrationNumber(issuer.registrationNumber ?? '');
  const refused = registrationNumberProblem(registrationNumber);
  if (refused) return E.left(refused);
  const texts = {
    name: issuer.name.trim(),
    postalCode: issuer.postalCode.trim(),
    address: issuer.address.trim(),
    phone: issuer.phone.trim(),
    email: issuer.email.trim(),
  };
  if (texts.name === '')
    return E.left(domainError('shop.issuer_name_required', '発行者名を入力してください', 'the issuer needs a name'));
  const longField = (Object.keys(texts) as (keyof typeof texts)[]).find(
    (field) => !fitsIn(texts[field], DOCUMENT_TEXT_LIMITS[field]),
  );
  if (longField) return E.left(tooLong(longField));
  const greetings = trimmedGreetings(command.greetings ?? {}, current.greetings);
  if (GREETING_KINDS.some((kind) => !fitsIn(greetings[kind], DOCUMENT_TEXT_LIMITS.greeting)))
    return E.left(tooLong('greeting'));
  const receiptProviso = (command.receiptProviso ?? current.receiptProviso).trim();
  if (!fitsIn(receiptProviso, DOCUMENT_TEXT_LIMITS.receiptProviso)) return E.left(tooLong('receiptProviso'));
  return E.right({
    issuer: { ...texts, registrationNumber },
    greetings,
    receiptProviso,
    taxRounding: command.taxRounding ?? current.taxRounding,
    leaveDocumentsWaiting: command.leaveDocumentsWaiting ?? current.leaveDocumentsWaiting,
  });
}

/** Keys in one order, so that two equal settings are one JSON text. */
const sameSettings = (a: DocumentSettings | null, b: DocumentSettings) =>
  a !== null &&
  JSON.stringify([
    a.issuer,
    GREETING_KINDS.map((k) => a.greetings[k]),
    a.receiptProviso,
    a.taxRounding,
    a.leaveDocumentsWaiting,
  ]) ===
    JSON.stringify([
      b.issuer,
      GREETING_KINDS.map((k) => b.greetings[k]),
      b.receiptProviso,
      b.taxRounding,
      b.leaveDocumentsWaiting,
    ]);

export function decideDocumentSettings(
  command: SetShopDocumentSettings,
  current: ShopDocuments,
  shopName: string,
): E.Either<DomainError, ShopDocumentSettingsSet[]> {
  const { shopId, tenantId } = command;
  return E.map((settings: DocumentSettings): ShopDocumentSettingsSet[] =>
    sameSettings(current.settings, settings)
      ? []
      : [{ type: 'ShopDocumentSettingsSet', data: { shopId, tenantId, ...settings } }],
  )(settingsOf(command, current.settings ?? defaultDocumentSettings(shopName)));
}

export function decideDocumentImage(
  command: SetShopDocumentImage,
  current: ShopDocuments,
): E.Either<DomainError, ShopDocumentImageSet[]> {
  const { shopId, tenantId, image } = command;
  const checked = command.dataUrl === null ? E.right(null) : checkedDocumentImage(command.dataUrl);
  return E.map((dataUrl: string | null): ShopDocumentImageSet[] =>
    current.images[image] === dataUrl
      ? []
      : [{ type: 'ShopDocumentImageSet', data: { shopId, tenantId, image, dataUrl } }],
  )(checked);
}
