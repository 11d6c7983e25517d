import { fromFormValues, MAPPING_FIELDS, toFormValues } from '../../../admin/src/import-mappings/mapping-form-values';
import { FIELDS, REQUIRED_FIELDS } from '../../../application/import/fields';

describe('the import mapping editor', () => {
  test('offers only fields the engine knows, with every required one marked', () => {
    for (const { field } of MAPPING_FIELDS) expect(FIELDS).toContain(field);
    expect(
      MAPPING_FIELDS.filter((f) => f.required)
        .map((f) => f.field)
        .sort(),
    ).toEqual([...REQUIRED_FIELDS].sort());
  });

  test('a saved mapping goes through the form and back unchanged, joined columns and flags included', () => {
    const saved = {
      shopId: 's-1',
      name: 'ぐるなび食市場',
      mapping: {
        delimiter: '\t',
        quoted: false,
        header: true,
        fields: {
          orderNumber: '注文ID',
          'orderer.name': { columns: ['姓', '名'], join: ' ' },
          'line.quantity': '数量',
        },
        dateFormats: ['yyyy年M月d日'],
        paymentMethods: { ｸﾚｼﾞｯﾄ: 'credit_card', 代引き: 'cash_on_delivery' },
        cancelledStatuses: ['キャンセル', '取消'],
        trueValues: ['○'],
      },
    };
    const form = toFormValues(saved);
    expect(form.columns).toEqual({ orderNumber: '注文ID', orderer__name: '姓 + 名', line__quantity: '数量' });
    expect(fromFormValues(form, saved)).toEqual(saved);
  });

  test('columns written with + are joined the way each field needs: names with a space, phones with hyphens, amounts summed', () => {
    const form = toFormValues(undefined);
    const columns = {
      orderNumber: '受注番号',
      orderer__name: '購入者姓 ＋ 購入者名',
      orderer__postalCode: '郵便番号1+郵便番号2',
      orderer__phone: '電話1 + 電話2 + 電話3',
      amounts__shipping: '送料 + 離島送料',
      line__name: '商品名',
    };
    const { mapping } = fromFormValues({ ...form, columns });
    expect(mapping.fields).toEqual({
      orderNumber: '受注番号',
      'orderer.name': { columns: ['購入者姓', '購入者名'], join: ' ' },
      'orderer.postalCode': { columns: ['郵便番号1', '郵便番号2'], join: '-' },
      'orderer.phone': { columns: ['電話1', '電話2', '電話3'], join: '-' },
      'amounts.shipping': { sum: ['送料', '離島送料'] },
      'line.name': '商品名',
    });
    // Shown again as written, so a second save changes nothing.
    expect(toFormValues({ mapping }).columns).toEqual({
      ...columns,
      orderer__name: '購入者姓 + 購入者名',
      orderer__postalCode: '郵便番号1 + 郵便番号2',
    });
  });

  test('a source the editor cannot show (a constant, another joiner) is kept when the form is saved', () => {
    const saved = {
      mapping: {
        fields: { status: { constant: '新規受付' }, 'orderer.street': { columns: ['住所1', '住所2'], join: '' } },
      },
    };
    expect(toFormValues(saved).columns).toEqual({});
    expect(
      fromFormValues({ ...toFormValues(saved), columns: { orderNumber: '注文番号' } }, saved).mapping.fields,
    ).toEqual({
      status: { constant: '新規受付' },
      'orderer.street': { columns: ['住所1', '住所2'], join: '' },
      orderNumber: '注文番号',
    });
  });
});
