import { documentsForOrder } from '../../../../application/documents/documents-for-order';
import { REDUCED_RATE_NOTE } from '../../../../application/documents/document-parts';
import { documentOrder, printRun, textsOf, TINY_PNG } from '../../../support/document-orders';

describe('領収書', () => {
  it('is for what the buyer paid, to the orderer, for the shop proviso, by default', () => {
    const [receipt] = documentsForOrder('receipt', documentOrder(), printRun()).documents;
    const texts = textsOf(receipt!);
    expect(texts).toContain('髙橋 太郎 様');
    expect(texts).toContain('¥4,720-');
    expect(texts).toContain('但し お品代として');
    expect(texts).toContain('発行日 2026年12月6日');
    expect(texts.join('\n')).not.toContain('再発行');
  });

  it('says 再発行 and which issue it is from the second issue on, with the recorded addressee and proviso', () => {
    const run = printRun({
      receiptIssues: { 'o-1': { number: 3, addressee: '㈱山﨑商事', proviso: '贈答品代として' } },
    });
    const texts = textsOf(documentsForOrder('receipt', documentOrder(), run).documents);
    expect(texts).toContain('再発行（3回目の発行）');
    expect(texts).toContain('㈱山﨑商事 様');
    expect(texts).toContain('但し 贈答品代として');
  });

  it('does not say 再発行 on the first issue', () => {
    const run = printRun({ receiptIssues: { 'o-1': { number: 1, addressee: 'ﾔﾏﾀﾞ ﾀﾛｳ', proviso: 'お品代として' } } });
    const texts = textsOf(documentsForOrder('receipt', documentOrder(), run).documents);
    expect(texts.join('\n')).not.toContain('再発行');
    expect(texts).toContain('ﾔﾏﾀﾞ ﾀﾛｳ 様');
  });

  it('states the amount and tax per rate and the registration number, as a qualified simplified invoice', () => {
    const texts = textsOf(documentsForOrder('receipt', documentOrder(), printRun()).documents);
    expect(texts).toContain('10%対象 ¥2,746（内消費税 ¥249）');
    expect(texts).toContain('8%対象 ¥2,074（内消費税 ¥153）');
    expect(texts).toContain('登録番号 T7123456789012');
  });

  it('carries the seal when the shop uploaded one', () => {
    const withSeal = documentsForOrder('receipt', documentOrder(), printRun({ shop: { seal: TINY_PNG } })).documents;
    expect(JSON.stringify(withSeal)).toContain('"image":"seal:s-1"');
    expect(JSON.stringify(documentsForOrder('receipt', documentOrder(), printRun()).documents)).not.toContain('seal:');
  });
});

describe('請求書 (適格請求書)', () => {
  const texts = textsOf(documentsForOrder('invoice', documentOrder(), printRun()).documents);

  it('names the issuer with its registration number and the recipient', () => {
    expect(texts).toContain('㈱髙島商店');
    expect(texts).toContain('T7123456789012');
    expect(texts).toContain('髙橋 太郎 様');
  });

  it('has the issue date of the printing and the date of the transaction', () => {
    expect(texts[texts.indexOf('発行日') + 1]).toBe('2026年12月6日');
    expect(texts[texts.indexOf('取引年月日') + 1]).toBe('2026年11月30日');
  });

  it('marks the reduced-rate items with ※ and explains the mark', () => {
    expect(texts).toContain('※静岡茶①～特選～ 容量:100g');
    expect(texts).toContain('有田焼 湯呑み');
    expect(texts).toContain(REDUCED_RATE_NOTE);
  });

  it('states the amount and the tax per rate, rounded once per rate', () => {
    const row = (label: string) => texts.slice(texts.indexOf(label), texts.indexOf(label) + 3);
    expect(row('10%対象')).toEqual(['10%対象', '¥2,746', '¥249']);
    expect(row('8%対象（※軽減税率）')).toEqual(['8%対象（※軽減税率）', '¥2,074', '¥153']);
    expect(texts[texts.indexOf('ご請求額') + 1]).toBe('¥4,720');
  });

  it('prints no registration line when the shop has no number', () => {
    const without = textsOf(
      documentsForOrder(
        'invoice',
        documentOrder(),
        printRun({ shop: { issuer: { ...printRun().shops.get('s-1')!.issuer, registrationNumber: null } } }),
      ).documents,
    );
    expect(without.join('\n')).not.toContain('登録番号');
  });
});
