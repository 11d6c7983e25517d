import { isMobileMailAddress, MOBILE_MAIL_DOMAINS, mobileCarrierOf } from '../../../../domain/mail/mobile-carriers';

describe('mobile carriers (携帯メールタイマー の対象)', () => {
  test.each([
    ['taro@docomo.ne.jp', 'docomo'],
    ['taro@ezweb.ne.jp', 'au'],
    ['taro@au.com', 'au'],
    ['taro@biz.au.com', 'au'],
    ['taro@biz.ezweb.ne.jp', 'au'],
    ['taro@uqmobile.jp', 'au'],
    ['taro@softbank.ne.jp', 'softbank'],
    ['taro@i.softbank.jp', 'softbank'],
    ['taro@disney.ne.jp', 'softbank'],
    ['taro@ymobile.ne.jp', 'ymobile'],
    ['taro@ymobile1.ne.jp', 'ymobile'],
    ['taro@yahoo.ne.jp', 'ymobile'],
    ['taro@willcom.com', 'ymobile'],
    ['taro@pdx.ne.jp', 'ymobile'],
    ['taro@di.pdx.ne.jp', 'ymobile'],
    ['taro@emnet.ne.jp', 'ymobile'],
    ['taro@rakumail.jp', 'rakuten'],
    ['taro@d.vodafone.ne.jp', 'legacy'],
    ['taro@q.vodafone.ne.jp', 'legacy'],
    ['taro@jp-k.ne.jp', 'legacy'],
    ['taro@sky.tu-ka.ne.jp', 'legacy'],
  ])('%s is %s', (address, carrier) => expect(mobileCarrierOf(address)).toBe(carrier));

  test('case, surrounding spaces and a trailing dot do not matter', () => {
    expect(mobileCarrierOf('Taro@DoCoMo.NE.JP')).toBe('docomo');
    expect(mobileCarrierOf(' taro@ezweb.ne.jp ')).toBe('au');
    expect(mobileCarrierOf('taro@softbank.ne.jp.')).toBe('softbank');
  });

  test('old docomo addresses with dots the RFC forbids are still carrier mail; the domain follows the last @', () => {
    expect(mobileCarrierOf('taro..hanako.@docomo.ne.jp')).toBe('docomo');
    expect(mobileCarrierOf('"a@b"@docomo.ne.jp')).toBe('docomo');
    expect(mobileCarrierOf('taro@docomo.ne.jp@example.com')).toBeUndefined();
  });

  test.each([
    'taro@gmail.com',
    'taro@yahoo.co.jp',
    'taro@icloud.com',
    'taro@mopera.net',
    'taro@notdocomo.ne.jp',
    'taro@docomo.ne.jp.example.com',
    'taro@vodafone.ne.jp',
    'taro@softbank.jp',
    'docomo.ne.jp',
    '@docomo.ne.jp',
    '',
    'taro@',
  ])('%s is not carrier mail', (address) => {
    expect(mobileCarrierOf(address)).toBeUndefined();
    expect(isMobileMailAddress(address)).toBe(false);
  });

  test('the list is written in lower case without duplicates, so each domain is found', () => {
    expect(new Set(MOBILE_MAIL_DOMAINS).size).toBe(MOBILE_MAIL_DOMAINS.length);
    for (const domain of MOBILE_MAIL_DOMAINS) {
      expect(domain).toBe(domain.toLowerCase());
      expect(isMobileMailAddress(`x@${domain}`)).toBe(true);
    }
  });
});
