import type { DocumentOrder, PrintRun } from '../../../application/documents/document-input';
import { documentContext } from '../../../application/documents/document-parts';
import { autoStatements } from '../../../application/documents/kinds/auto';
import { defaultDocumentSettings } from '../../../domain/documents/document-settings';
import { autoStatementKinds } from '../../../infrastructure/documents/document-printing';
import { mallData, orderer, recipient, shopData } from '../../support/order-fixtures';

const order = (changes: Partial<DocumentOrder['mallData']>): DocumentOrder => ({
  orderId: 'o-1',
  shopId: 'shop-1',
  mall: 'rakuten',
  orderNumber: '123456-20261130-0000001',
  mallData: { ...mallData, ...changes },
  shopData,
  receipt: { addressee: null, proviso: null },
});
const run: PrintRun = {
  printedAt: '2026-12-06T01:00:00.000Z',
  printNames: new Map(),
  shops: new Map([
    [
      'shop-1',
      { shopId: 'shop-1', shopName: '髙橋商店', logo: null, seal: null, ...defaultDocumentSettings('髙橋商店') },
    ],
  ]),
  receiptIssues: new Map(),
};
const notGift = { isGift: false, noshi: '', wrapping: '' };
const toOrderer = { ...mallData.destinations[0]!, recipient: orderer };
const toSomeoneElse = { ...mallData.destinations[0]!, recipient };

/** What 自動判別 records must be what it prints: the kinds are worked out before the printing is recorded. */
describe('自動判別: the kinds recorded are the kinds printed', () => {
  test.each<[string, DocumentOrder, string[]]>([
    ['a gift', order({}), ['delivery-statement']],
    ['the orderer’s own parcel', order({ gift: notGift, destinations: [toOrderer] }), ['purchase-statement']],
    ['a parcel to someone else', order({ gift: notGift, destinations: [toSomeoneElse] }), ['delivery-statement']],
    [
      'one parcel of each',
      order({ gift: notGift, destinations: [toSomeoneElse, toOrderer] }),
      ['purchase-statement', 'delivery-statement'],
    ],
  ])('%s', (_what, documentOrder, kinds) => {
    expect(autoStatementKinds(documentOrder)).toEqual(kinds);
    expect(autoStatementKinds(documentOrder)).toEqual(
      autoStatements(documentOrder, documentContext(documentOrder, run)).printed,
    );
  });
});
