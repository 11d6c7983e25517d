import { checkLabelRows, writeLabelFile, LabelRowsRefused } from '../../../../application/labels/check-label-rows';
import { b2cloud } from '../../../../application/labels/layouts/b2cloud';
import { cellOf, hasOnlyCrlf, labelRow, readCp932, recipient } from './label-fixture';

const names = b2cloud.columns.map((c) => c.name);
const write = (...rows: Parameters<typeof labelRow>[0][]) => readCp932(writeLabelFile(b2cloud, rows.map(labelRow)));

describe('B2クラウド 基本レイアウト', () => {
  test('95 columns in the reference order, header line first, CP932 with CRLF', () => {
    const { text, records } = write({});
    expect(hasOnlyCrlf(text)).toBe(true);
    expect(records).toHaveLength(2);
    const [header, row] = records as [string[], string[]];
    expect(header).toHaveLength(95);
    expect(row).toHaveLength(95);
    expect(header.slice(0, 7)).toEqual([
      'お客様管理番号',
      '送り状種類',
      'クール区分',
      '伝票番号',
      '出荷予定日',
      'お届け予定日',
      '配達時間帯',
    ]);
    expect(header[15]).toBe('お届け先名');
    expect(header.slice(39, 42)).toEqual(['請求先顧客コード', '請求先分類コード', '運賃管理番号']);
    expect(header[94]).toBe('投函完了メール（ご依頼主宛）メールメッセージ');
  });

  test('the ｶﾅ columns are half-width katakana, whatever the mall sent (ワタナベ, わたなべ)', () => {
    const [, katakana] = write({ recipient: { ...recipient, kana: 'ワタナベ イチロウ' } }).records as string[][];
    const [, hiragana] = write({ recipient: { ...recipient, kana: 'わたなべ　いちろう' } }).records as string[][];
    expect(katakana![names.indexOf('お届け先名(ｶﾅ)')]).toBe('ﾜﾀﾅﾍﾞ ｲﾁﾛｳ');
    expect(hiragana![names.indexOf('お届け先名(ｶﾅ)')]).toBe('ﾜﾀﾅﾍﾞ ｲﾁﾛｳ');
  });

  test('the bytes are Windows CP932: ① 8740, ㈱ 878A, 髙 FBFC, ～ 8160', () => {
    const bytes = writeLabelFile(b2cloud, [labelRow()]);
    for (const hex of ['8740', '878a', 'fbfc', '8160']) expect(bytes.includes(Buffer.from(hex, 'hex'))).toBe(true);
    expect(bytes.includes(Buffer.from('?'))).toBe(false);
  });

  test('①, ㈱, 髙, 﨑 and ～ survive CP932; the key, dates, time slot and account codes are where B2 reads them', () => {
    const [, row] = write({}).records as [string[], string[]];
    expect(row[0]).toBe('L000123');
    expect(row[1]).toBe('0');
    expect(row[3]).toBe('');
    expect(row[4]).toBe('2026/12/07');
    expect(row[5]).toBe('2026/12/09');
    expect(row[6]).toBe('1416');
    expect(row[8]).toBe('03-1234-5678');
    expect(row[10]).toBe('150-0001');
    expect(row[11]).toBe('東京都渋谷区神宮前１－２－３');
    expect(row[12]).toBe(recipient.building);
    expect(row[15]).toBe('髙橋 ①郎');
    expect(row[24]).toBe('㈱ねこ商店');
    expect(row[27]).toBe('猫用おやつ詰合せ');
    expect([row[39], row[41]]).toEqual(['0312345678', '01']);
  });

  test.each([
    ['午前中', '0812'],
    ['14-16', '1416'],
    ['16:00-18:00', '1618'],
    ['18時～20時', '1820'],
    ['19-21', '1921'],
    [null, ''],
    ['指定なし', ''],
  ])('time wish %p is written as %p', (timeSlot, code) => {
    const [, row] = write({ delivery: { date: null, timeSlot } }).records as [string[], string[]];
    expect(row[6]).toBe(code);
  });

  test('a wish Yamato has no slot for (12-14) or cannot be read is refused, not dropped', () => {
    for (const timeSlot of ['12-14', 'そのうち'])
      expect(checkLabelRows(b2cloud, [labelRow({ delivery: { date: null, timeSlot } })])).toEqual([
        expect.objectContaining({ key: 'L000123', field: '配達時間帯', reason: 'refused' }),
      ]);
  });

  test.each([
    ['発払い', '0'],
    ['コレクト', '2'],
    ['着払い', '5'],
    ['ネコポス', '7'],
    ['宅急便コンパクト', '8'],
  ])('slip type %p is code %p', (slipType, code) => {
    const codAmount = slipType === 'コレクト' ? 5480 : null;
    const [, row] = write({ slipType, codAmount, delivery: { date: null, timeSlot: null } }).records as [
      string[],
      string[],
    ];
    expect(row[1]).toBe(code);
    expect(row[33]).toBe(codAmount === null ? '' : '5480');
  });

  test('a time wish on ネコポス (a mailbox) is refused; ネコポス without one is written', () => {
    expect(checkLabelRows(b2cloud, [labelRow({ slipType: 'ネコポス' })])).toEqual([
      expect.objectContaining({
        field: b2cloud.title,
        reason: 'refused',
        detail: 'ネコポスは配達時間帯を指定できません',
      }),
    ]);
    expect(
      checkLabelRows(b2cloud, [labelRow({ slipType: 'ネコポス', delivery: { date: null, timeSlot: null } })]),
    ).toEqual([]);
  });

  test('COD on a slip type without it, and コレクト without an amount, are refused', () => {
    const problems = checkLabelRows(b2cloud, [
      labelRow({ key: 'A', slipType: '発払い', codAmount: 1000 }),
      labelRow({ key: 'B', slipType: 'コレクト', codAmount: null }),
      labelRow({ key: 'C', slipType: 'ゆうパケット' }),
    ]);
    expect(problems.map((p) => [p.key, p.field, p.reason])).toEqual([
      ['A', 'ｺﾚｸﾄ代金引換額（税込)', 'refused'],
      ['B', 'ｺﾚｸﾄ代金引換額（税込)', 'refused'],
      ['C', '送り状種類', 'refused'],
    ]);
  });

  test('an address too long for its 64 columns continues in the apartment column', () => {
    const street = '大字' + 'あ'.repeat(30);
    const long = { ...recipient, street, building: 'メゾン' };
    const [, row] = write({ recipient: long }).records as [string[], string[]];
    expect(row[11]).toBe(`東京都渋谷区大字${'あ'.repeat(24)}`);
    expect(row[12]).toBe(`${'あ'.repeat(6)} メゾン`);
    expect(cellOf(names, row, 'お届け先住所')).toBe(row[11]);
  });

  test('what still does not fit is refused with key, field, width and limit, and the file is not written', () => {
    const long = { ...recipient, street: 'あ'.repeat(60), building: '' };
    const rows = [labelRow({ recipient: long })];
    expect(checkLabelRows(b2cloud, rows)).toEqual([
      {
        key: 'L000123',
        field: 'お届け先アパートマンション名',
        reason: 'too-wide',
        text: 'あ'.repeat(34),
        width: 68,
        limit: 32,
      },
    ]);
    expect(() => writeLabelFile(b2cloud, rows)).toThrow(LabelRowsRefused);
  });

  test('a character CP932 has not (𠮷) is refused instead of written as ?', () => {
    const problems = checkLabelRows(b2cloud, [labelRow({ recipient: { ...recipient, name: '𠮷田 太郎' } })]);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'お届け先名', reason: 'not-encodable', detail: '𠮷', text: '𠮷田 太郎' }),
    ]);
  });

  test('no phone, a 6-digit postal code and a missing 運賃管理番号 are refused', () => {
    const problems = checkLabelRows(b2cloud, [
      labelRow({ recipient: { ...recipient, phone: '', postalCode: '150-001' }, accountCodes: { customerCode: '1' } }),
    ]);
    expect(problems.map((p) => [p.field, p.reason])).toEqual([
      ['お届け先電話番号', 'required'],
      ['お届け先郵便番号', 'refused'],
      ['運賃管理番号', 'required'],
    ]);
  });

  test('N parcels print N labels from one row (発行枚数, 個数口表示フラグ)', () => {
    const [, row] = write({ parcels: 3 }).records as [string[], string[]];
    expect([row[37], row[38]]).toEqual(['3', '1']);
  });
});
