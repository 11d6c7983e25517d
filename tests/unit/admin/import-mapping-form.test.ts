import { fromFormValues, MAPPING_FIELDS, toFormValues } from '../../../admin/src/import-mappings/mapping-form-values';
import { FIELDS, REQUIRED_FIELDS } from '../../../application/import/fields';

describe('the import mapping editor', () => {
  test('offers only fields the engine knows, with every required one marked', () => {
    for (const { field } of MAPPING_FIELDS) expect(FIELDS).toContain(field);
    expect(MAPPING_FIELDS.filter((f) => f.required).map((f) => f.field).sort()).toEqual([...REQUIRED_FIELDS].sort());
  });

  test('a saved mapping goes through the form and back unchanged, joined columns and flags included', () => {
    const saved = {
      shopId: 's-1',
      name: 'ぐるなび食市場',
      mapping: {
        delimiter: '\t',
        quoted: false,
        header: true,
        fields: { orderNumber: '注文ID', 'orderer.name': { columns: ['姓', '名'], join: ' ' }, 'line.quantity': '数量' },
        dateFormats: ['yyyy年M月d日'],
        paymentMethods: { 'ｸﾚｼﾞｯﾄ': 'credit_card', 代引き: 'cash_on_delivery' },
        cancelledStatuses: ['キャンセル', '取消'],
        trueValues: ['○'],
      },
    };
    const form = toFormValues(saved);
    expect(form.columns).toEqual({ orderNumber: '注文ID', line__quantity: '数量' });
    expect(fromFormValues(form, saved)).toEqual(saved);
  });
});
