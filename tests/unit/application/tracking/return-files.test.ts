import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { mod7CheckDigitHolds } from '../../../../application/tracking/return-files/check-tracking-number';
import { parseReturnFile, readShippedAt } from '../../../../application/tracking/return-files/parse-return-file';
import {
  RETURN_FILE_LAYOUTS,
  returnFileLayout,
} from '../../../../application/tracking/return-files/return-file-layouts';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../../fixtures/tracking', name));
const parse = (layout: keyof typeof RETURN_FILE_LAYOUTS, file: string) =>
  parseReturnFile(RETURN_FILE_LAYOUTS[layout], fixture(file));

describe('carrier return files', () => {
  it('the mod-7 check digit holds for the carriers’ published sample numbers and fails for a changed digit', () => {
    for (const n of ['444413758703', '512547514334', '405548424886', '193715301010'])
      expect(mod7CheckDigitHolds(n)).toBe(true);
    expect(mod7CheckDigitHolds('444413758704')).toBe(false);
    expect(mod7CheckDigitHolds('44441375870')).toBe(false);
  });

  it('B2クラウド 発行済データ: key from お客様管理番号, 伝票番号 without hyphens or full-width digits, 出荷予定日', async () => {
    const { rows, errors } = await parse('b2cloud', 'b2cloud-issued.csv');
    expect(rows).toEqual([
      { line: 2, key: 'L000101-1', trackingNumber: '444413758703', carrier: 'yamato', shippedAt: '2026-12-07' },
      { line: 3, key: 'L000102-1', trackingNumber: '444413758714', carrier: 'yamato', shippedAt: '2026-12-07' },
    ]);
    expect(errors.map(({ line, column, ja }) => ({ line, column, ja }))).toEqual([
      {
        line: 4,
        column: '伝票番号',
        ja: '伝票番号のチェックデジットが合いません（読み違いか入力違いです）: 444413758700',
      },
      { line: 5, column: 'お客様管理番号', ja: 'お客様管理番号がありません' },
      { line: 6, column: '伝票番号', ja: '伝票番号がありません' },
    ]);
    expect(errors[0]!.en).toContain('check digit');
  });

  it('the B2 fixture is CP932 with the 95-column header and the names as B2 writes them (髙, 﨑, ①, ㈱, ～)', () => {
    const text = iconv.decode(fixture('b2cloud-issued.csv'), 'cp932');
    const [header, first] = text.split('\r\n');
    expect(header!.split(',')).toHaveLength(95);
    expect(first).toContain('髙橋 﨑子');
    expect(first).toContain('㈱テスト～');
  });

  it('e飛伝II 出荷実績 without a header: number first, key at position 13, 出荷日時 read as a date; a short number refused', async () => {
    const { rows, errors } = await parse('ehiden2', 'ehiden2-results.csv');
    expect(rows).toEqual([
      { line: 1, key: 'L000201-1', trackingNumber: '512547514334', carrier: 'sagawa', shippedAt: '2026-12-07' },
      { line: 2, key: 'L000202-2', trackingNumber: '512547514345', carrier: 'sagawa', shippedAt: '2026-12-08' },
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ line: 3, column: 'お問合せ送り状No', ja: '伝票番号は12桁の数字です: 51254751' }),
    ]);
    expect((await parse('ehiden3', 'ehiden2-results.csv')).rows).toHaveLength(2);
  });

  it('e飛伝Pro 発行済データ: 問い合せ№ and 顧客管理番号 found by header name among 143 fields', async () => {
    const { rows, errors } = await parse('ehidenpro', 'ehidenpro-issued.csv');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, key: 'L000301-1', trackingNumber: '360123456781', carrier: 'sagawa', shippedAt: '2026-12-07' },
      { line: 3, key: 'L000302-1', trackingNumber: '360123456792', carrier: 'sagawa', shippedAt: '2026-12-07' },
    ]);
  });

  it('e飛伝Pro with the 元着区分 column inserted: header names still find the columns', async () => {
    const text = iconv.decode(fixture('ehidenpro-issued.csv'), 'cp932');
    const shifted = text
      .split('\r\n')
      .filter((l) => l !== '')
      .map((line, i) => {
        const cells = line.split(',');
        cells.splice(50, 0, i === 0 ? '元着区分' : '1');
        return cells.join(',');
      })
      .join('\r\n');
    const { rows } = await parseReturnFile(RETURN_FILE_LAYOUTS.ehidenpro, iconv.encode(shifted, 'cp932'));
    expect(rows.map((r) => [r.key, r.trackingNumber])).toEqual([
      ['L000301-1', '360123456781'],
      ['L000302-1', '360123456792'],
    ]);
  });

  it('ゆうプリR 発送履歴: the reference’s sample row, a handed-over date, and a misread number', async () => {
    const { rows, errors } = await parse('yuprir', 'yuprir-history.csv');
    expect(rows).toEqual([
      { line: 2, key: 'L000401-1', trackingNumber: '193715301010', carrier: 'japanpost' },
      { line: 3, key: 'L000402-1', trackingNumber: '193715301021', carrier: 'japanpost', shippedAt: '2026-12-07' },
    ]);
    expect(errors).toEqual([expect.objectContaining({ line: 4, column: 'お問い合わせ番号' })]);
  });

  it('クリックポスト 出荷通知: read by header name; a row without a number is an error', async () => {
    const { rows, errors } = await parse('clickpost', 'clickpost-notice.csv');
    expect(rows).toEqual([
      { line: 2, key: 'L000501-1', trackingNumber: '123456789013', carrier: 'japanpost', shippedAt: '2026-12-07' },
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ line: 3, column: 'お問い合わせ番号', en: 'the tracking number is empty' }),
    ]);
  });

  it('a UTF-8 file with a BOM reads the same as CP932', async () => {
    const text = iconv.decode(fixture('yuprir-history.csv'), 'cp932');
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(await parseReturnFile(RETURN_FILE_LAYOUTS.yuprir, utf8)).toEqual(
      await parse('yuprir', 'yuprir-history.csv'),
    );
  });

  it('the registry answers the layouts by name and nothing else', () => {
    expect(Object.keys(RETURN_FILE_LAYOUTS)).toEqual([
      'b2cloud',
      'ehiden2',
      'ehiden3',
      'ehidenpro',
      'yuprir',
      'clickpost',
    ]);
    expect(returnFileLayout('b2cloud')?.carrier).toBe('yamato');
    expect(returnFileLayout('toString')).toBeUndefined();
  });

  it('dates: slashes, compact, with a time; impossible days are left out', () => {
    expect(readShippedAt('2026/2/3 09:00')).toBe('2026-02-03');
    expect(readShippedAt('20261207')).toBe('2026-12-07');
    expect(readShippedAt('2026/02/30')).toBeUndefined();
    expect(readShippedAt('')).toBeUndefined();
  });
});
