import type { CheckFinding } from '../../../../domain/checks/check-finding';
import { describeFinding } from '../../../../domain/checks/describe-finding';

const finding = (check: CheckFinding['check'], destinationIndex: number | null, data: Record<string, string>) => ({
  check,
  destinationIndex,
  data,
});

/** Data that chooses the sentence rather than appearing in it. */
const CODES = ['reason', 'source', 'matchedBy', 'customerId'];

describe('describeFinding', () => {
  test('an address mismatch names the code, the place it is and the place written', () =>
    expect(
      describeFinding(
        finding('address', 0, {
          reason: 'mismatch',
          postalCode: '530-0001',
          expected: '大阪府大阪市北区',
          written: '東京都新宿区',
        }),
      ),
    ).toEqual({
      ja: '郵便番号 530-0001 は 大阪府大阪市北区 ですが、住所は 東京都新宿区 です（お届け先1）',
      en: 'postal code 530-0001 is 大阪府大阪市北区, but the address is 東京都新宿区 (destination 1)',
    }));

  test('a missing house number names the destination', () =>
    expect(describeFinding(finding('house_number', 1, { address: '大阪府大阪市北区梅田' })).ja).toBe(
      'お届け先2 の住所に番地がありません（大阪府大阪市北区梅田）',
    ));

  test('a caution area names the place and its labels', () =>
    expect(
      describeFinding(
        finding('caution_area', 0, {
          source: 'table',
          place: '沖縄県八重山郡与那国町',
          labels: '離島・中継料',
          note: '',
        }),
      ).ja,
    ).toBe('沖縄県八重山郡与那国町 は 要注意発送地域（離島・中継料）です（お届け先1）'));

  test('an amounts finding reads as the import has always said it', () =>
    expect(
      describeFinding(finding('amounts', null, { code: 'total_mismatch', stated: '5000', computed: '5020' })),
    ).toEqual({
      ja: '合計金額が5000円ですが、明細から計算すると5020円です',
      en: 'the order total is 5000 yen but the parts add up to 5020 yen',
    }));

  test.each([
    finding('address', null, { reason: 'malformed', postalCode: '53-0001' }),
    finding('caution_area', null, { source: 'mall', labels: '離島' }),
    finding('blacklist', null, { matchedBy: 'customer' }),
    finding('blacklist', 0, { matchedBy: 'name_phone', customerId: 'c1', name: '山田 花子', reason: '受取拒否' }),
    finding('blacklist', 0, { matchedBy: 'address', customerId: 'c1', name: '山田 花子', reason: '' }),
    finding('ship_date', null, { reason: 'missing' }),
    finding('ship_date', null, { reason: 'past', plannedShipDate: '2026-11-30', today: '2026-12-01' }),
    finding('delivery_date', 0, { reason: 'unreadable', desiredDate: '12月5日' }),
    finding('delivery_date', 0, {
      reason: 'too_early',
      desiredDate: '2026-12-02',
      earliest: '2026-12-03',
      shipDate: '2026-12-01',
      leadDays: '2',
      prefecture: '大阪府',
    }),
    finding('delivery_date', 0, { reason: 'too_far', desiredDate: '2027-02-01', latest: '2026-12-30', maxDays: '30' }),
    finding('duplicate', null, { orderNumber: '123456-20261130-0000001', orderedAt: '2026-11-30T10:15:00+09:00' }),
    finding('remarks', null, { remarks: '急ぎです' }),
    finding('remarks', null, { remarks: '急ぎです', keywords: '急ぎ' }),
  ])('a $check finding says every datum in both languages', (f) => {
    const { ja, en } = describeFinding(f);
    const shown = Object.entries(f.data).filter(([key, value]) => !CODES.includes(key) && value !== '');
    for (const [, value] of shown) {
      expect(ja).toContain(value);
      expect(en).toContain(value);
    }
    expect(`${ja}${en}`).not.toMatch(/undefined|\?/);
  });
});
