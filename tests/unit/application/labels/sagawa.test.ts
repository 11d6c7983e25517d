import { checkLabelRows, writeLabelFile } from '../../../../application/labels/check-label-rows';
import type { LabelLayout } from '../../../../application/labels/label-layout';
import { ehiden2 } from '../../../../application/labels/layouts/ehiden2';
import { ehiden3 } from '../../../../application/labels/layouts/ehiden3';
import { ehidenpro } from '../../../../application/labels/layouts/ehidenpro';
import type { LabelRow } from '../../../../application/labels/label-row';
import { cellOf, hasOnlyCrlf, labelRow, readCp932, recipient } from './label-fixture';

const sagawaRow = (changes: Partial<LabelRow> = {}) => labelRow({ carrier: 'sagawa', ...changes });

function written(layout: LabelLayout, changes: Partial<LabelRow> = {}) {
  const { text, records } = readCp932(writeLabelFile(layout, [sagawaRow(changes)]));
  const [header, row] = records as [string[], string[]];
  return { text, header, row, cell: (name: string) => cellOf(header, row, name) };
}

describe.each([
  [ehiden2, 42, '配達日', '20261209', 'お客様管理ナンバー', 'お届け先住所１（必須）', '代引金額'],
  [ehiden3, 74, '配達日', '2026/12/09', 'お客様管理番号', 'お届け先住所１', '代引金額'],
  [ehidenpro, 62, '配達指定日', '20261209', '顧客管理番号', 'お届け先住所1', '代引金額'],
])('%s', (layout, count, dateColumn, date, keyColumn, address1, codColumn) => {
  test(`${count} columns with a header line, CP932 and CRLF; ①, ㈱, 髙, ～ survive`, () => {
    const { text, header, row, cell } = written(layout);
    expect(hasOnlyCrlf(text)).toBe(true);
    expect(header).toHaveLength(count);
    expect(row).toHaveLength(count);
    expect(new Set(header.filter((h) => !h.startsWith('編集'))).size).toBeGreaterThan(count - 12);
    expect(cell(keyColumn)).toBe('L000123');
    expect(cell(dateColumn)).toBe(date);
    expect(row).toContain('髙橋 ①郎');
    expect(row.join()).toContain('㈱髙﨑ビル ～３Ｆ');
    expect(cell(address1)).toBe('東京都渋谷区神宮前１－２－３');
  });

  test.each([
    ['午前中', '01'],
    ['12:00-14:00', '12'],
    ['14-16', '14'],
    ['16-18', '16'],
    ['18-20', '18'],
    ['18-21', '04'],
    ['19時～21時', '19'],
  ])('time wish %p is code %p', (timeSlot, code) => {
    const { row } = written(layout, { delivery: { date: null, timeSlot } });
    expect(row).toContain(code);
    const timeColumn = layout.columns.findIndex((c) => c.name === '配達指定時間帯' || c.name === '時間帯コード');
    expect(row[timeColumn]).toBe(code);
  });

  test('元払 is 1, 着払 is 2, e-コレクト is 元払 with the amount; COD on 発払い is refused', () => {
    expect(written(layout).cell('元着区分')).toBe('1');
    expect(written(layout, { slipType: '着払い' }).cell('元着区分')).toBe('2');
    const collect = written(layout, { slipType: 'コレクト', codAmount: 3300 });
    expect([collect.cell('元着区分'), collect.cell(codColumn)]).toEqual(['1', '3300']);
    expect(checkLabelRows(layout, [sagawaRow({ codAmount: 3300 })])).toEqual([
      expect.objectContaining({ field: codColumn, reason: 'refused' }),
    ]);
  });

  test('an address over 16 full-width characters continues in 住所２ and ３; beyond 住所３ it is refused', () => {
    const street = 'あ'.repeat(20);
    const { cell } = written(layout, { recipient: { ...recipient, street, building: '' } });
    expect(cell(address1)).toBe(`東京都渋谷区${'あ'.repeat(10)}`);
    expect(cell(address1.replace('１', '２').replace('1', '2').replace('（必須）', ''))).toBe('あ'.repeat(10));
    const tooLong = { ...recipient, street: 'あ'.repeat(50), building: '' };
    expect(checkLabelRows(layout, [sagawaRow({ recipient: tooLong })])).toEqual([
      expect.objectContaining({ reason: 'too-wide', width: 48, limit: 32, text: 'あ'.repeat(24) }),
    ]);
  });

  test('a name over 16 full-width characters is refused, not cut', () => {
    const name = '髙'.repeat(17);
    expect(checkLabelRows(layout, [sagawaRow({ recipient: { ...recipient, name } })])).toEqual([
      expect.objectContaining({ key: 'L000123', reason: 'too-wide', text: name, width: 34, limit: 32 }),
    ]);
  });
});

test('e飛伝III writes 通常 as クール便指定 001 and the ship date with slashes', () => {
  const { cell } = written(ehiden3);
  expect([cell('クール便指定'), cell('出荷日')]).toEqual(['001', '2026/12/07']);
});

test('the column order is the reference one', () => {
  expect(written(ehiden2).header.slice(0, 9)).toEqual([
    '住所録コード',
    'お届け先電話番号',
    'お届け先郵便番号',
    'お届け先住所１（必須）',
    'お届け先住所２',
    'お届け先住所３',
    'お届け先名称１（必須）',
    'お届け先名称２',
    'お客様管理ナンバー',
  ]);
  expect(written(ehiden2).header.slice(24, 28)).toEqual([
    '出荷個数',
    '便種（スピードで選択）',
    '便種（商品）',
    '配達日',
  ]);
  expect(written(ehiden2).header[41]).toBe('元着区分');
  const e3 = written(ehiden3).header;
  expect([e3[0], e3[9], e3[11], e3[23], e3[29], e3[41], e3[57], e3[60], e3[61], e3[64], e3[73]]).toEqual([
    'お届け先コード取得区分',
    'お客様管理番号',
    '部署ご担当者コード取得区分',
    '荷姿',
    '荷札荷姿',
    '出荷個数',
    '元着区分',
    '出荷日',
    'お問い合せ送り状No.',
    '編集01',
    '編集10',
  ]);
  const pro = written(ehidenpro).header;
  expect(pro.slice(0, 14)).toEqual([
    'ご依頼主コード',
    '部署ご担当者コード',
    '部署ご担当者名',
    '依頼者電話番号',
    'お届け先コード',
    'お届け先郵便番号',
    'お届け先名1',
    'お届け先名2',
    'お届け先住所1',
    'お届け先住所2',
    'お届け先住所3',
    'お届け先電話',
    'ご不在連絡先',
    'メールアドレス',
  ]);
  expect([pro[22], pro[34], pro[46], pro[49], pro[58]]).toEqual([
    '送り状記事欄1_1',
    '荷札記事欄1_1',
    '出荷日',
    '個数',
    '顧客管理番号',
  ]);
});
