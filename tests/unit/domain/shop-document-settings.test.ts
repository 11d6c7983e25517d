import type { ShopEvent, ShopRegistered } from '../../../domain/shop/events';
import { type SetShopDocumentSettings, shopDecider } from '../../../domain/shop/shop';
import { DEFAULT_GREETINGS, defaultDocumentSettings } from '../../../domain/documents/document-settings';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(shopDecider);
const registered: ShopRegistered = {
  type: 'ShopRegistered',
  data: { shopId: 's-1', tenantId: 't-1', code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' },
};

const command = (issuer: Partial<SetShopDocumentSettings['issuer']> = {}): SetShopDocumentSettings => ({
  type: 'SetShopDocumentSettings',
  shopId: 's-1',
  tenantId: 't-1',
  issuer: {
    name: ' ㈱髙橋商店 ',
    postalCode: '150-0001',
    address: '東京都渋谷区神宮前１－２－３ 山﨑ビル①',
    phone: '03-1234-5678',
    email: 'shop@example.jp',
    registrationNumber: 'Ｔ７１２３４５６７８９０１２',
    ...issuer,
  },
  greetings: { ...DEFAULT_GREETINGS, receipt: ' 毎度ありがとうございます～ ' },
  receiptProviso: 'お品代として',
  taxRounding: 'nearest',
  leaveDocumentsWaiting: 'both',
});

const settingsSet: ShopEvent = {
  type: 'ShopDocumentSettingsSet',
  data: {
    shopId: 's-1',
    tenantId: 't-1',
    issuer: {
      name: '㈱髙橋商店',
      postalCode: '150-0001',
      address: '東京都渋谷区神宮前１－２－３ 山﨑ビル①',
      phone: '03-1234-5678',
      email: 'shop@example.jp',
      registrationNumber: 'T7123456789012',
    },
    greetings: { ...DEFAULT_GREETINGS, receipt: '毎度ありがとうございます～' },
    receiptProviso: 'お品代として',
    taxRounding: 'nearest',
    leaveDocumentsWaiting: 'both',
  },
};

// The smallest real PNG and JPEG heads: what the decider looks at are the magic bytes.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const JPEG_AS_PNG = 'data:image/png;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2w==';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

describe('Shop document settings (帳票設定)', () => {
  test('texts are trimmed and a full-width registration number is stored as T and 13 digits', () =>
    spec.given([registered]).when(command()).then([settingsSet]));

  test('fields not given keep what the shop has: the defaults and its name until it set something', () => {
    spec
      .given([registered])
      .when({ type: 'SetShopDocumentSettings', shopId: 's-1', tenantId: 't-1', issuer: { phone: '03-0000-0000' } })
      .then([
        {
          type: 'ShopDocumentSettingsSet',
          data: {
            shopId: 's-1',
            tenantId: 't-1',
            ...defaultDocumentSettings('髙橋商店 楽天市場店'),
            issuer: { ...defaultDocumentSettings('髙橋商店 楽天市場店').issuer, phone: '03-0000-0000' },
          },
        },
      ]);
    spec
      .given([registered, settingsSet])
      .when({ type: 'SetShopDocumentSettings', shopId: 's-1', tenantId: 't-1', taxRounding: 'up' })
      .then([{ ...settingsSet, data: { ...settingsSet.data, taxRounding: 'up' } } as ShopEvent]);
  });

  test('the same settings again write nothing', () => spec.given([registered, settingsSet]).when(command()).then([]));

  test('an empty registration number is none', () => {
    const { issuer } = settingsSet.data as { issuer: object };
    spec
      .given([registered])
      .when(command({ registrationNumber: '　' }))
      .then([
        { ...settingsSet, data: { ...settingsSet.data, issuer: { ...issuer, registrationNumber: null } } } as ShopEvent,
      ]);
  });

  test.each(['T712345678901', 'T71234567890123', '7123456789012', 'T-7123456789012', 't7123456789012'])(
    'a registration number like %s is refused',
    (registrationNumber) =>
      spec
        .given([registered])
        .when(command({ registrationNumber }))
        .thenRefuses('shop.invalid_registration_number', '13桁'),
  );

  test('a registration number whose check digit does not hold is accepted (the warning is the caller’s)', () =>
    spec
      .given([registered])
      .when(command({ registrationNumber: 'T1123456789012' }))
      .then([
        {
          ...settingsSet,
          data: {
            ...settingsSet.data,
            issuer: { ...(settingsSet.data as { issuer: object }).issuer, registrationNumber: 'T1123456789012' },
          },
        } as ShopEvent,
      ]));

  test('texts longer than the limits and an empty issuer name are refused', () => {
    spec
      .given([registered])
      .when(command({ name: '　' }))
      .thenRefuses('shop.issuer_name_required');
    spec
      .given([registered])
      .when(command({ address: '髙'.repeat(201) }))
      .thenRefuses('shop.document_text_too_long', '住所', '200');
    spec
      .given([registered])
      .when({ ...command(), greetings: { ...DEFAULT_GREETINGS, invoice: 'あ'.repeat(501) } })
      .thenRefuses('shop.document_text_too_long', '挨拶文');
    spec
      .given([registered])
      .when({ ...command(), receiptProviso: 'あ'.repeat(101) })
      .thenRefuses('shop.document_text_too_long', '但し書き');
  });

  test("a missing shop and another tenant's shop are not found", () => {
    spec.given([]).when(command()).thenRefuses('shop.not_found');
    spec
      .given([registered])
      .when({ ...command(), tenantId: 't-2' })
      .thenRefuses('shop.not_found');
  });
});

describe('Shop document images (ロゴ・角印)', () => {
  const image = (dataUrl: string | null, which: 'logo' | 'seal' = 'logo') =>
    ({ type: 'SetShopDocumentImage', shopId: 's-1', tenantId: 't-1', image: which, dataUrl }) as const;
  const imageSet = (dataUrl: string | null, which: 'logo' | 'seal' = 'logo'): ShopEvent => ({
    type: 'ShopDocumentImageSet',
    data: { shopId: 's-1', tenantId: 't-1', image: which, dataUrl },
  });

  test('a PNG is stored; the same again writes nothing; null removes it', () => {
    spec
      .given([registered])
      .when(image(PNG))
      .then([imageSet(PNG)]);
    spec
      .given([registered, imageSet(PNG)])
      .when(image(PNG))
      .then([]);
    spec
      .given([registered, imageSet(PNG)])
      .when(image(null))
      .then([imageSet(null)]);
  });

  test('a JPEG is known by its bytes, whatever its data URL says', () =>
    spec
      .given([registered])
      .when(image(JPEG_AS_PNG, 'seal'))
      .then([imageSet(JPEG_AS_PNG.replace('image/png', 'image/jpeg'), 'seal')]));

  test('a GIF, text that is no data URL, and an image over 300 KB are refused', () => {
    spec.given([registered]).when(image(GIF)).thenRefuses('shop.invalid_image', 'PNG');
    spec.given([registered]).when(image('https://example.jp/logo.png')).thenRefuses('shop.invalid_image');
    // 300 KB and 9 bytes once decoded.
    const big = `data:image/png;base64,iVBORw0KGgo${'A'.repeat(300 * 1024 * (4 / 3) + 1)}`;
    spec.given([registered]).when(image(big)).thenRefuses('shop.image_too_large', '300 KB');
  });
});
