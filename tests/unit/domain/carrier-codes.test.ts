import {
  amazonCarrier,
  CARRIER_CODES,
  carrierNameJa,
  qoo10CarrierName,
  RAKUTEN_DELIVERY_COMPANIES,
  rakutenDeliveryCompany,
  trackingUrl,
  yahooShipCompanyCode,
} from '../../../domain/shipping/carrier-codes';

describe('carrier codes', () => {
  it('Japanese names of every carrier', () => {
    expect(Object.keys(CARRIER_CODES).map((c) => carrierNameJa(c as keyof typeof CARRIER_CODES))).toEqual([
      'ヤマト運輸',
      '佐川急便',
      '日本郵便',
      '西濃運輸',
      '福山通運',
      'その他',
    ]);
  });

  it('tracking URLs of the five carriers, the number encoded; none for other', () => {
    expect(trackingUrl('yamato', '444413758703')).toBe(
      'https://member.kms.kuronekoyamato.co.jp/parcel/detail?pno=444413758703',
    );
    expect(trackingUrl('sagawa', '512547514334')).toBe(
      'https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=512547514334',
    );
    expect(trackingUrl('japanpost', 'EJ123456789JP')).toBe(
      'https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=EJ123456789JP&searchKind=S002&locale=ja',
    );
    expect(trackingUrl('seino', '1234567890')).toBe('https://track.seino.co.jp/cgi-bin/gnpquery.pgm?GNPNO1=1234567890');
    expect(trackingUrl('fukuyama', '1234567890')).toBe(
      'https://corp.fukutsu.co.jp/situation/tracking_no_hunt/1234567890',
    );
    expect(trackingUrl('yamato', 'a&b')).toContain('pno=a%26b');
    expect(trackingUrl('other', '1234567890')).toBeNull();
  });

  it('楽天 deliveryCompany: the reference’s codes 1000–1028, and ours point into them', () => {
    expect(Object.keys(RAKUTEN_DELIVERY_COMPANIES)).toHaveLength(29);
    expect(RAKUTEN_DELIVERY_COMPANIES['1005']).toBe('セイノースーパーエクスプレス');
    expect(RAKUTEN_DELIVERY_COMPANIES['1028']).toBe('Rakuten EXPRESS');
    expect(
      (['yamato', 'sagawa', 'japanpost', 'seino', 'fukuyama', 'other'] as const).map(rakutenDeliveryCompany),
    ).toEqual(['1001', '1002', '1003', '1004', '1006', '1000']);
    for (const carrier of ['yamato', 'sagawa', 'japanpost', 'seino', 'fukuyama'] as const)
      expect(RAKUTEN_DELIVERY_COMPANIES[rakutenDeliveryCompany(carrier)]).toBe(carrierNameJa(carrier));
  });

  it('Yahoo ShipCompanyCode is numeric for every carrier', () => {
    for (const carrier of Object.keys(CARRIER_CODES) as (keyof typeof CARRIER_CODES)[])
      expect(yahooShipCompanyCode(carrier)).toMatch(/^\d+$/);
  });

  it('Amazon JP: carrier-code with the Japanese carrier-name beside it, Other where Amazon has no code', () => {
    expect(amazonCarrier('yamato')).toEqual({ code: 'Yamato Transport', name: 'ヤマト運輸' });
    expect(amazonCarrier('sagawa')).toEqual({ code: 'Sagawa Express', name: '佐川急便' });
    expect(amazonCarrier('japanpost')).toEqual({ code: 'Japan Post', name: '日本郵便' });
    expect(amazonCarrier('fukuyama')).toEqual({ code: 'Other', name: '福山通運' });
  });

  it('Qoo10 配送会社 names', () => {
    expect(qoo10CarrierName('sagawa')).toBe('佐川急便');
  });
});
