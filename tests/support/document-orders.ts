import type { Content } from 'pdfmake';
import type {
  DocumentOrder,
  PrintRun,
  ReceiptIssue,
  ShopDocumentSettings,
} from '../../application/documents/document-input';
import type { MallOrderData } from '../../domain/order/order-data';
import { mallData, shopData } from './order-fixtures';

/** A one-pixel PNG: what a logo or seal upload looks like to the documents. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const shopSettings: ShopDocumentSettings = {
  shopId: 's-1',
  shopName: '髙島商店 楽天市場店',
  issuer: {
    name: '㈱髙島商店',
    postalCode: '150-0001',
    address: '東京都渋谷区神宮前1-2-3',
    phone: '03-1234-5678',
    email: 'shop@example.jp',
    registrationNumber: 'T7123456789012',
  },
  logo: null,
  seal: null,
  greetings: {
    'purchase-statement': 'このたびはご注文ありがとうございます。',
    'delivery-statement': '心を込めてお届けします。',
    receipt: '',
    invoice: '',
    'work-sheet': '',
    'picking-list': '',
  },
  receiptProviso: 'お品代として',
  taxRounding: 'down',
};

/** The fixture order (goods 8 % 2,160 and 10 % 2,200, shipping 660, points 100, coupon 200, billed 4,720). */
export function documentOrder(
  overrides: Partial<Omit<DocumentOrder, 'mallData'>> & { mallData?: Partial<MallOrderData> } = {},
): DocumentOrder {
  return {
    orderId: 'o-1',
    shopId: 's-1',
    mall: 'rakuten',
    orderNumber: '123456-20261130-0000001',
    shopData,
    receipt: { addressee: null, proviso: null },
    ...overrides,
    mallData: { ...mallData, ...overrides.mallData },
  };
}

export function printRun(
  overrides: {
    shop?: Partial<ShopDocumentSettings>;
    printNames?: Record<string, string>;
    receiptIssues?: Record<string, ReceiptIssue>;
  } = {},
): PrintRun {
  return {
    printedAt: '2026-12-06T10:00:00+09:00',
    printNames: new Map(Object.entries(overrides.printNames ?? {})),
    shops: new Map([['s-1', { ...shopSettings, ...overrides.shop }]]),
    receiptIssues: new Map(Object.entries(overrides.receiptIssues ?? {})),
  };
}

/** Every text a definition prints, in order, for assertions on what a document says. */
export function textsOf(content: Content | readonly Content[]): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      found.push(node);
    } else if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of ['text', 'stack', 'columns', 'table', 'body', 'ul', 'ol']) {
        if (key in record) walk(record[key]);
      }
    }
  };
  walk(content);
  return found;
}

export const textOf = (content: Content | readonly Content[]): string => textsOf(content).join('\n');
