import { checkLabelRows, writeLabelFile } from '../../../../application/labels/check-label-rows';
import { fukuyama } from '../../../../application/labels/layouts/fukuyama';
import { kangaroo2 } from '../../../../application/labels/layouts/kangaroo2';
import type { LabelRow } from '../../../../application/labels/label-row';
import { cellOf, hasOnlyCrlf, labelRow, readCp932, recipient } from './label-fixture';

const seinoRow = (changes: Partial<LabelRow> = {}) => labelRow({ carrier: 'seino', ...changes });
const kmNames = kangaroo2.columns.map((c) => c.name);

function kmRow(changes: Partial<LabelRow> = {}) {
  const { text, records } = readCp932(writeLabelFile(kangaroo2, [seinoRow(changes)]));
  const [row] = records as [string[]];
  return { text, records, row, cell: (name: string) => cellOf(kmNames, row, name) };
}

describe('カンガルーマジック2 出荷情報外部取込', () => {
  test('44 positional columns, no header, CP932, CRLF, YYYYMMDD; key at 5, names at 20, 品代金 at 43', () => {
    const { text, records, row } = kmRow();
    expect(hasOnlyCrlf(text)).toBe(true);
    expect(records).toHaveLength(1);
    expect(row).toHaveLength(44);
    expect(row[0]).toBe('12345678901');
    expect(row[2]).toBe('20261207');
    expect(row[4]).toBe('L000123');
    expect([row[5], row[6], row[7]]).toEqual(['1', '0', '1']);
    expect(row[19]).toBe('髙橋 ①郎');
    expect(row[21]).toBe('東京都渋谷区神宮前１－２－３');
    expect(row[22]).toBe('㈱髙﨑ビル ～３Ｆ');
    expect(row[32]).toBe('猫用おやつ詰合せ');
    expect(row[37]).toBe('20261209');
    expect(row[30]).toBe('14-16時指定');
    expect(kmNames[42]).toBe('品代金');
  });

  test('時間帯 as 輸送指示 text, 元着区分 and 原票区分 by slip type, 品代金 for 代金引換', () => {
    expect(kmRow({ delivery: { date: null, timeSlot: '午前中' } }).cell('輸送指示1')).toBe('午前中指定');
    const cod = kmRow({ slipType: '代金引換', codAmount: 7700 });
    expect([cod.cell('元着区分'), cod.cell('品代金')]).toEqual(['1', '7700']);
    expect(kmRow({ slipType: '着払い' }).cell('元着区分')).toBe('2');
    expect(kmRow({ slipType: 'カンガルー通販便' }).cell('原票区分')).toBe('8');
  });

  test('names over 20 full-width characters, no 荷送人コード and an unknown wish are refused', () => {
    const problems = checkLabelRows(kangaroo2, [
      seinoRow({
        recipient: { ...recipient, name: '髙'.repeat(21) },
        accountCodes: {},
        delivery: { date: null, timeSlot: '夕方' },
      }),
    ]);
    expect(problems.map((p) => [p.field, p.reason, p.width ?? null])).toEqual([
      ['荷送人コード', 'required', null],
      ['お届け先名称1', 'too-wide', 42],
      ['輸送指示1', 'refused', null],
    ]);
  });
});

describe('福山通運 (the product layout)', () => {
  test('a header line, CP932, CRLF, slashed dates, the wish in words', () => {
    const { text, records } = readCp932(writeLabelFile(fukuyama, [labelRow({ carrier: 'fukuyama' })]));
    expect(hasOnlyCrlf(text)).toBe(true);
    const [header, row] = records as [string[], string[]];
    expect(header).toHaveLength(21);
    expect(row).toHaveLength(21);
    const cell = (name: string) => cellOf(header, row, name);
    expect([cell('お客様管理番号'), cell('出荷日'), cell('配達指定日'), cell('配達時間')]).toEqual([
      'L000123',
      '2026/12/07',
      '2026/12/09',
      '14-16時',
    ]);
    expect([cell('届先名'), cell('届先住所2'), cell('荷送人名')]).toEqual([
      '髙橋 ①郎',
      '㈱髙﨑ビル ～３Ｆ',
      '㈱ねこ商店',
    ]);
  });

  test('COD on 発払い is refused; 代金引換 writes the amount', () => {
    expect(checkLabelRows(fukuyama, [labelRow({ codAmount: 100 })])).toEqual([
      expect.objectContaining({ field: '代引金額', reason: 'refused' }),
    ]);
    expect(checkLabelRows(fukuyama, [labelRow({ slipType: '代金引換', codAmount: 100 })])).toEqual([]);
  });
});
