import { parsePayment } from '../../../../application/import/field-values';
import { builtInFormat } from '../../../../application/import/formats';
import { normalizePaymentWording } from '../../../../application/import/payment-wording';
import type { PaymentMethod } from '../../../../domain/shared/payment-method';

describe('a payment wording as the mapping compares it', () => {
  it.each([
    ['セブン-イレブン（前払）', 'セブンイレブン'],
    ['セブン‐イレブン(前払)', 'セブンイレブン'],
    ['セブン－イレブン【前払い】', 'セブンイレブン'],
    ['ｾﾌﾞﾝ-ｲﾚﾌﾞﾝ（前払）', 'セブンイレブン'],
    ['セブン・イレブン', 'セブンイレブン'],
    ['セブンイレブン', 'セブンイレブン'],
    ['クレジットカード', 'クレジットカド'],
    ['クレジットカ－ド', 'クレジットカド'],
    ['Ａｍａｚｏｎ　Ｐａｙ', 'amazonpay'],
    [' Apple Pay ', 'applepay'],
    ['（代金引換）', '代金引換'],
    ['', ''],
  ])('%s reads as %s', (text, normalized) => {
    expect(normalizePaymentWording(text)).toBe(normalized);
  });
});

/**
 * What each built-in format's mall or cart writes in its payment column, and the kind it is. 楽天's list is the
 * settlement methods of its reference (RMS 受注CSV 支払方法名, 楽天ペイ受注API settlementMethod); the others are the
 * wordings those carts write, with their usual decorations.
 */
const WORDINGS: Record<string, ReadonlyArray<readonly [string, PaymentMethod]>> = {
  rakuten: [
    ['クレジットカード', 'credit_card'],
    ['クレジットカード決済（一括払い）', 'credit_card'],
    ['代金引換', 'cash_on_delivery'],
    ['ショッピングクレジット／ローン', 'credit_card'],
    ['請求書払い', 'deferred'],
    ['銀行振込', 'bank_transfer'],
    ['楽天バンク決済', 'bank_transfer'],
    ['Apple Pay', 'credit_card'],
    ['セブン-イレブン（前払）', 'convenience_store'],
    ['セブン‐イレブン(前払)', 'convenience_store'],
    ['ｾﾌﾞﾝ-ｲﾚﾌﾞﾝ（前払）', 'convenience_store'],
    ['ローソン、郵便局ATM等（前払）', 'convenience_store'],
    ['Alipay', 'mall_payment'],
    ['Alipay（支付宝）', 'mall_payment'],
    ['PayPal', 'mall_payment'],
    ['後払い', 'deferred'],
    ['後払い決済', 'deferred'],
  ],
  yahoo: [
    ['クレジットカード決済', 'credit_card'],
    ['商品代引', 'cash_on_delivery'],
    ['代金引換', 'cash_on_delivery'],
    ['銀行振込（ペイジー）', 'bank_transfer'],
    ['コンビニ（セブン-イレブン）', 'convenience_store'],
    ['後払い', 'deferred'],
    ['PayPay残高等払い', 'mall_payment'],
  ],
  amazon: [
    ['COD', 'cash_on_delivery'],
    ['CVS', 'convenience_store'],
    ['ConvenienceStore', 'convenience_store'],
    ['Other', 'mall_payment'],
  ],
  qoo10: [['Qoo10', 'mall_payment']],
  makeshop: [
    ['クレジットカード決済', 'credit_card'],
    ['代金引換', 'cash_on_delivery'],
    ['代引き', 'cash_on_delivery'],
    ['銀行振込（前払い）', 'bank_transfer'],
    ['コンビニ決済', 'convenience_store'],
    ['後払い決済（NP後払い）', 'deferred'],
  ],
  colorme: [
    ['クレジットカード決済', 'credit_card'],
    ['代金引換', 'cash_on_delivery'],
    ['銀行振込', 'bank_transfer'],
    ['コンビニ決済', 'convenience_store'],
    ['後払い（コンビニ・郵便局・銀行・LINE Pay）', 'deferred'],
    ['Amazon Pay', 'mall_payment'],
    ['Ａｍａｚｏｎ　Ｐａｙ', 'mall_payment'],
  ],
  futureshop: [
    ['クレジットカード', 'credit_card'],
    ['代金引換', 'cash_on_delivery'],
    ['銀行振込', 'bank_transfer'],
    ['コンビニ払い（前払い）', 'convenience_store'],
    ['後払い', 'deferred'],
    ['Amazon Pay', 'mall_payment'],
  ],
  base: [
    ['クレジットカード決済', 'credit_card'],
    ['コンビニ決済', 'convenience_store'],
    ['銀行振込決済', 'bank_transfer'],
    ['代金引換', 'cash_on_delivery'],
    ['後払い決済', 'deferred'],
    ['キャリア決済', 'mall_payment'],
    ['PayPal決済', 'mall_payment'],
    ['Amazon Pay', 'mall_payment'],
  ],
  eccube: [
    ['郵便振替', 'bank_transfer'],
    ['現金書留', 'cash'],
    ['銀行振込', 'bank_transfer'],
    ['代金引換', 'cash_on_delivery'],
  ],
  standard: [
    ['クレジットカード', 'credit_card'],
    ['銀行振込', 'bank_transfer'],
    ['代金引換', 'cash_on_delivery'],
    ['代引き', 'cash_on_delivery'],
    ['コンビニ決済', 'convenience_store'],
    ['後払い', 'deferred'],
    ['現金', 'cash'],
  ],
};

describe.each(Object.entries(WORDINGS))('the %s format', (name, wordings) => {
  const mapping = builtInFormat(name)!.mapping;

  it.each(wordings)('reads 「%s」 as %s and keeps the wording as the label', (wording, method) => {
    expect(parsePayment(wording, mapping)).toEqual({ method, label: wording.trim() });
  });
});

describe('matching', () => {
  const rakuten = builtInFormat('rakuten')!.mapping;

  it('a wording no mapping lists is other, with the wording kept', () => {
    expect(parsePayment('物々交換', rakuten)).toEqual({ method: 'other', label: '物々交換' });
    expect(parsePayment('', rakuten)).toEqual({ method: 'other', label: '' });
  });

  it("a saved mapping's own wordings are normalised the same way", () => {
    const mapping = { ...rakuten, paymentMethods: { 'セブン－イレブン　決済': 'convenience_store' as const } };
    expect(parsePayment('セブン-イレブン決済（前払）', mapping).method).toBe('convenience_store');
  });

  it('the name in brackets counts when the text outside them names nothing', () => {
    expect(parsePayment('前払い（銀行振込）', rakuten).method).toBe('bank_transfer');
  });
});
