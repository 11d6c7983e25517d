import {
  fromFormValues,
  LABEL_FIELDS as EDITOR_FIELDS,
  toFormValues,
} from '../../../admin/src/custom-label-layouts/layout-form-values';
import { LABEL_FIELDS } from '../../../application/labels/custom-layout';

describe('the カスタム送り状 editor', () => {
  test('offers exactly the fields the label engine prints', () => {
    expect([...EDITOR_FIELDS].sort()).toEqual([...LABEL_FIELDS].sort());
  });

  test('a saved layout goes through the form and back unchanged: field, fixed text, join, widths, return columns', () => {
    const saved = {
      name: '髙橋の倉庫用',
      layout: {
        carrier: 'sagawa',
        encoding: 'utf8',
        header: false,
        columns: [
          { header: '管理番号', source: { field: 'key' } },
          { header: 'お届け先', source: { join: ['recipient.address', 'recipient.building'], separator: '　' } },
          { header: '荷扱い', source: { fixed: 'ワレモノ①' }, limit: 20 },
          { header: '伝票番号', source: { fixed: '' } },
        ],
        keyColumn: 1,
        trackingNumberColumn: 4,
      },
    } as const;
    expect(fromFormValues(toFormValues(saved))).toEqual(saved);
  });

  test('a layout of no carrier is null; empty widths and return columns are left out', () => {
    const values = toFormValues(undefined);
    expect(values).toMatchObject({ carrier: '', encoding: 'cp932', header: true, columns: [] });
    expect(
      fromFormValues({
        ...values,
        columns: [{ header: '名前', kind: 'field', field: 'recipient.name', fixed: '残り', limit: null }],
        keyColumn: null,
      }),
    ).toEqual({
      layout: {
        carrier: null,
        encoding: 'cp932',
        header: true,
        columns: [{ header: '名前', source: { field: 'recipient.name' } }],
      },
    });
  });
});
