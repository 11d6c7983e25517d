import { isLeft, isRight } from 'fp-ts/Either';
import iconv from 'iconv-lite';
import { checkLabelRows, writeLabelFile } from '../../../../application/labels/check-label-rows';
import { CustomLabelLayout, customLayout } from '../../../../application/labels/custom-layout';
import { labelRow } from './label-fixture';

const definition: CustomLabelLayout = {
  name: 'カスタム送り状',
  carrier: 'other',
  encoding: 'cp932',
  header: true,
  columns: [
    { header: '管理番号', source: { field: 'key' } },
    { header: '住所', source: { join: ['recipient.address', 'recipient.building'], separator: '　' }, limit: 60 },
    { header: '氏名', source: { field: 'recipient.name' }, limit: 20 },
    { header: '区分', source: { fixed: '宅配' } },
    { header: '郵便番号', source: { field: 'recipient.postalCode' } },
    { header: '代引', source: { field: 'codAmount' } },
  ],
};

describe('カスタム送り状', () => {
  test('the codec takes a layout as it is kept and refuses an unknown field or a zero width', () => {
    expect(isRight(CustomLabelLayout.decode(definition))).toBe(true);
    const unknownField = { ...definition, columns: [{ header: 'x', source: { field: 'nope' } }] };
    expect(isLeft(CustomLabelLayout.decode(unknownField))).toBe(true);
    const zero = { ...definition, columns: [{ header: 'x', source: { fixed: '' }, limit: 0 }] };
    expect(isLeft(CustomLabelLayout.decode(zero))).toBe(true);
  });

  test('columns in order: a field, a join with its separator, a fixed text; CP932 and CRLF with a header', () => {
    const text = iconv.decode(writeLabelFile(customLayout(definition), [labelRow()]), 'cp932');
    expect(text).toBe(
      '管理番号,住所,氏名,区分,郵便番号,代引\r\n' +
        'L000123,東京都渋谷区神宮前１－２－３　㈱髙﨑ビル ～３Ｆ,髙橋 ①郎,宅配,150-0001,\r\n',
    );
  });

  test('UTF-8 without a header writes what CP932 could not', () => {
    const utf8 = customLayout({ ...definition, encoding: 'utf8', header: false });
    const row = labelRow({ recipient: { ...labelRow().recipient, name: '𠮷田' } });
    expect(writeLabelFile(utf8, [row]).toString('utf8')).toContain(',𠮷田,');
    expect(checkLabelRows(customLayout(definition), [row])).toEqual([
      expect.objectContaining({ field: '氏名', reason: 'not-encodable', detail: '𠮷' }),
    ]);
  });

  test('a column limit refuses a wider cell', () => {
    const row = labelRow({ recipient: { ...labelRow().recipient, name: '髙'.repeat(11) } });
    expect(checkLabelRows(customLayout(definition), [row])).toEqual([
      expect.objectContaining({ field: '氏名', reason: 'too-wide', width: 22, limit: 20 }),
    ]);
  });
});
