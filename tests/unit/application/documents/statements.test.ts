import { documentsForOrder } from '../../../../application/documents/documents-for-order';
import { REDUCED_RATE_NOTE } from '../../../../application/documents/document-parts';
import { chooseStatement } from '../../../../application/documents/kinds/auto';
import { mallData, orderer, recipient } from '../../../support/order-fixtures';
import { documentOrder, printRun, textOf, textsOf } from '../../../support/document-orders';

const notAGift = { ...mallData.gift, isGift: false };
const toTheOrderer = { ...mallData.destinations[0]!, recipient: orderer };

describe('お買い上げ明細書', () => {
  const [statement] = documentsForOrder(
    'purchase-statement',
    documentOrder(),
    printRun({ printNames: { 'CUP-01': '有田焼 湯呑み（白）' } }),
  ).documents;
  const texts = textsOf(statement!);

  it('marks the 8 % line with ※ and says what it means, and only that line', () => {
    expect(texts).toContain('※静岡茶①～特選～');
    expect(texts.filter((text) => text.startsWith('※') && text !== REDUCED_RATE_NOTE)).toHaveLength(1);
    expect(texts).toContain(REDUCED_RATE_NOTE);
  });

  it('prints the print name of a SKU when it has one', () => {
    expect(texts).toContain('有田焼 湯呑み（白）');
    expect(texts).not.toContain('有田焼 湯呑み');
  });

  it('shows the amounts, points, coupons and the tax per rate', () => {
    for (const expected of [
      '¥4,360',
      '¥660',
      '¥5,020',
      '−¥100',
      '−¥200',
      '¥4,720',
      '10%対象 ¥2,746',
      '(内消費税 ¥249)',
      '8%対象 ¥2,074',
      '(内消費税 ¥153)',
    ]) {
      expect(texts).toContain(expected);
    }
    expect(texts).toContain('2026年11月30日');
    expect(texts).toContain('登録番号 T7123456789012');
  });

  it('rounds the tax per rate the way the shop chose', () => {
    const [up] = documentsForOrder(
      'purchase-statement',
      documentOrder(),
      printRun({ shop: { taxRounding: 'up' } }),
    ).documents;
    expect(textsOf(up!)).toContain('(内消費税 ¥250)');
    expect(textsOf(up!)).toContain('(内消費税 ¥154)');
  });

  it('shows the logo when the shop uploaded one', () => {
    const [withLogo] = documentsForOrder(
      'purchase-statement',
      documentOrder(),
      printRun({ shop: { logo: 'data:image/png;base64,AAAA' } }),
    ).documents;
    expect(JSON.stringify(withLogo)).toContain('"image":"logo:s-1"');
    expect(JSON.stringify(statement)).not.toContain('"image"');
  });
});

describe('お届け明細書', () => {
  const twoDestinations = documentOrder({
    mallData: {
      destinations: [
        mallData.destinations[0]!,
        { ...mallData.destinations[0]!, recipient: { ...recipient, name: '山﨑 花子' } },
      ],
    },
  });
  const printed = documentsForOrder('delivery-statement', twoDestinations, printRun());

  it('is one document per destination, to its recipient, from the orderer, with the のし', () => {
    expect(printed.documents).toHaveLength(2);
    expect(textsOf(printed.documents[1]!)).toContain('山﨑 花子 様');
    const first = textsOf(printed.documents[0]!);
    expect(first).toContain('ご依頼主');
    expect(first).toContain('髙橋 太郎 様');
    expect(first).toContain('御歳暮');
    expect(first).toContain('心を込めてお届けします。');
  });

  it('shows no price or amount anywhere', () => {
    const text = textOf(printed.documents);
    expect(text).not.toMatch(/[¥￥円]|税込|消費税|合計|1,080|2,200|4,720/);
    expect(text).not.toMatch(/ポイント|クーポン/);
    expect(textsOf(printed.documents[0]!)).toContain('2'); // the quantity is there
  });
});

describe('自動判別', () => {
  it('chooses a delivery statement for a gift, even to the orderer', () => {
    const gift = documentOrder({ mallData: { destinations: [toTheOrderer] } });
    expect(chooseStatement(gift, toTheOrderer)).toBe('delivery-statement');
  });

  it('chooses a purchase statement when the parcel goes to the orderer, however the address is written', () => {
    const sameButWritten = {
      ...orderer,
      name: '髙橋　太郎',
      postalCode: '150-0001',
      street: '1-2-3',
      building: 'メゾン①～201号 ',
    };
    const order = documentOrder({ mallData: { gift: notAGift } });
    expect(chooseStatement(order, { ...toTheOrderer, recipient: sameButWritten })).toBe('purchase-statement');
  });

  it('chooses a delivery statement when the parcel goes to someone else, or elsewhere', () => {
    const order = documentOrder({ mallData: { gift: notAGift } });
    expect(chooseStatement(order, mallData.destinations[0]!)).toBe('delivery-statement');
    const otherAddress = { ...orderer, building: 'メゾン①～301号' };
    expect(chooseStatement(order, { ...toTheOrderer, recipient: otherAddress })).toBe('delivery-statement');
  });

  it('prints the purchase statement once and a delivery statement per other destination, and records both', () => {
    const order = documentOrder({
      mallData: { gift: notAGift, destinations: [toTheOrderer, mallData.destinations[0]!] },
    });
    const printed = documentsForOrder('auto', order, printRun());
    expect(printed.printed).toEqual(['purchase-statement', 'delivery-statement']);
    expect(printed.documents.map((document) => textsOf(document)[0])).toEqual(['お買い上げ明細書', 'お届け明細書']);
  });

  it('records only what it printed', () => {
    const toOrderer = documentOrder({ mallData: { gift: notAGift, destinations: [toTheOrderer] } });
    expect(documentsForOrder('auto', toOrderer, printRun()).printed).toEqual(['purchase-statement']);
    expect(documentsForOrder('auto', documentOrder(), printRun()).printed).toEqual(['delivery-statement']);
  });
});

describe('お買い上げ明細書 of a bundled order (同梱)', () => {
  it('names the other orders of the parcel', () => {
    const [statement] = documentsForOrder(
      'purchase-statement',
      documentOrder({ bundledWith: ['123456-20261130-0000002', '123456-20261130-0000003'] }),
      printRun(),
    ).documents;
    const texts = textsOf(statement!);
    expect(texts).toContain('同梱のご注文');
    expect(texts.join('')).toContain('123456-20261130-0000002、123456-20261130-0000003');
  });

  it('says nothing of a bundle when the order ships alone', () => {
    const [statement] = documentsForOrder('purchase-statement', documentOrder(), printRun()).documents;
    expect(textsOf(statement!)).not.toContain('同梱のご注文');
  });
});
