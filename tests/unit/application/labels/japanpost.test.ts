import { checkLabelRows, writeLabelFile } from '../../../../application/labels/check-label-rows';
import { clickpost } from '../../../../application/labels/layouts/clickpost';
import { yuprir } from '../../../../application/labels/layouts/yuprir';
import type { LabelRow } from '../../../../application/labels/label-row';
import { hasOnlyCrlf, labelRow, readCp932, recipient } from './label-fixture';

const postRow = (changes: Partial<LabelRow> = {}) =>
  labelRow({ carrier: 'japanpost', slipType: 'ゆうパック', ...changes });
const yuprirNames = yuprir.columns.map((c) => c.name);

function yuprirRow(changes: Partial<LabelRow> = {}) {
  const { text, records } = readCp932(writeLabelFile(yuprir, [postRow(changes)]));
  const [row] = records as [string[]];
  return { text, records, row, cell: (name: string) => row[yuprirNames.indexOf(name)] };
}

describe('ゆうプリR 標準', () => {
  test('117 positional columns, no header line, CP932, CRLF; the key first, phone at 20, フリー項目０１ at 75, 品名 at 103', () => {
    const { text, records, row } = yuprirRow();
    expect(hasOnlyCrlf(text)).toBe(true);
    expect(records).toHaveLength(1);
    expect(row).toHaveLength(117);
    expect(row[0]).toBe('L000123');
    expect(row[1]).toBe('20261207');
    expect(row[12]).toBe('150-0001');
    expect(row[13]).toBe('東京都渋谷区神宮前１－２－３');
    expect(row[14]).toBe('㈱髙﨑ビル ～３Ｆ');
    expect(row[16]).toBe('髙橋 ①郎');
    expect(row[19]).toBe('03-1234-5678');
    expect(yuprirNames[74]).toBe('フリー項目０１');
    expect(row[102]).toBe('猫用おやつ詰合せ');
    expect(yuprirRow().cell('配達指定日／希望日')).toBe('20261209');
  });

  test.each([
    ['午前中', '51'],
    ['12-14', '52'],
    ['14:00-16:00', '53'],
    ['16-18', '54'],
    ['18-20', '55'],
    ['19-21', '57'],
    [null, '00'],
  ])('time wish %p is 配達時間帯区分 %p', (timeSlot, code) => {
    expect(yuprirRow({ delivery: { date: null, timeSlot } }).cell('配達時間帯区分')).toBe(code);
  });

  test.each([
    ['ゆうパック', null, '0', '0'],
    ['着払い', null, '0', '1'],
    ['代金引換', 4200, '0', '2'],
    ['ゆうパケット', null, '9', '0'],
  ])('slip type %p: 郵便種別 and 元／着払／代引 codes', (slipType, codAmount, kind, payer) => {
    const { cell } = yuprirRow({ slipType, codAmount, delivery: { date: null, timeSlot: null } });
    expect([cell('郵便種別'), cell('元／着払／代引'), cell('代引金額')]).toEqual([
      kind,
      payer,
      codAmount ? '4200' : '',
    ]);
  });

  test('a time wish on ゆうパケット is refused', () => {
    expect(checkLabelRows(yuprir, [postRow({ slipType: 'ゆうパケット' })])).toEqual([
      expect.objectContaining({ reason: 'refused', detail: 'ゆうパケットは配達時間帯を指定できません' }),
    ]);
  });

  test('address lines of 50 bytes, the key of 15, and a slip type Japan Post has not, are checked', () => {
    const problems = checkLabelRows(yuprir, [
      postRow({
        key: 'K'.repeat(16),
        slipType: 'ネコポス',
        recipient: { ...recipient, street: 'あ'.repeat(80), building: '' },
      }),
    ]);
    expect(problems.map((p) => [p.field, p.reason, p.width ?? null])).toEqual([
      ['お客様側管理番号', 'too-wide', 16],
      ['郵便種別', 'refused', null],
      ['元／着払／代引', 'refused', null],
      ['お届け先 住所３', 'too-wide', 72],
    ]);
  });
});

describe('クリックポスト まとめ申込', () => {
  test('8 columns under their header, postal code as 7 digits, address over four lines of 40', () => {
    const street = 'あ'.repeat(30);
    const { text, records } = readCp932(
      writeLabelFile(clickpost, [postRow({ slipType: 'クリックポスト', recipient: { ...recipient, street } })]),
    );
    expect(hasOnlyCrlf(text)).toBe(true);
    expect(records[0]).toEqual([
      'お届け先郵便番号',
      'お届け先氏名',
      'お届け先敬称',
      'お届け先住所1行目',
      'お届け先住所2行目',
      'お届け先住所3行目',
      'お届け先住所4行目',
      '内容品',
    ]);
    expect(records[1]).toEqual([
      '1500001',
      '髙橋 ①郎',
      '様',
      `東京都渋谷区${'あ'.repeat(14)}`,
      'あ'.repeat(16),
      '㈱髙﨑ビル ～３Ｆ',
      '',
      '猫用おやつ詰合せ',
    ]);
    expect(clickpost.maxRowsPerFile).toBe(40);
  });

  test('内容品 over 30 and COD are refused', () => {
    const problems = checkLabelRows(clickpost, [postRow({ itemName: 'お'.repeat(16), codAmount: 500 })]);
    expect(problems.map((p) => [p.field, p.reason])).toEqual([
      ['日本郵便 クリックポスト まとめ申込', 'refused'],
      ['内容品', 'too-wide'],
    ]);
  });
});
