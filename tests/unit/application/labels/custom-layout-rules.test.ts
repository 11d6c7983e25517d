import * as E from 'fp-ts/Either';
import iconv from 'iconv-lite';
import { type CustomLabelLayoutDefinition, customLayoutProblems } from '../../../../application/labels/custom-layout';
import { customReturnLayout } from '../../../../application/tracking/return-files/custom-return-layout';
import { parseReturnFile } from '../../../../application/tracking/return-files/parse-return-file';

const layout: CustomLabelLayoutDefinition = {
  carrier: 'yamato',
  encoding: 'cp932',
  header: true,
  columns: [
    { header: '受注番号', source: { field: 'orderNumber' } },
    { header: '管理番号', source: { field: 'key' } },
    { header: '伝票番号', source: { fixed: '' } },
  ],
  keyColumn: 2,
  trackingNumberColumn: 3,
};
const paths = (definition: CustomLabelLayoutDefinition) => customLayoutProblems(definition).map((p) => p.path);

describe('a custom layout that makes sense', () => {
  test('a layout with its key and tracking-number columns has no problem', () => expect(paths(layout)).toEqual([]));

  test('each problem names its field', () => {
    expect(paths({ ...layout, columns: [], keyColumn: undefined, trackingNumberColumn: undefined })).toEqual([
      'layout.columns',
    ]);
    expect(paths({ ...layout, keyColumn: 4 })).toEqual(['layout.keyColumn']);
    expect(paths({ ...layout, keyColumn: 1 })).toEqual(['layout.keyColumn']);
    expect(paths({ ...layout, trackingNumberColumn: 2 })).toEqual(['layout.trackingNumberColumn']);
    const { trackingNumberColumn: _t, ...keyOnly } = layout;
    expect(paths(keyOnly)).toEqual(['layout.trackingNumberColumn']);
    const join = { header: '住所', source: { join: [], separator: ' ' } };
    expect(paths({ ...layout, columns: [...layout.columns, join] })).toEqual(['layout.columns.3.source.join']);
  });
});

describe('a custom layout read back as a return file', () => {
  test('the key and number are found by header when the software reordered the columns, else by position', async () => {
    const returned = customReturnLayout({ name: '髙橋用', ...layout });
    if (E.isLeft(returned)) throw new Error(returned.left.en);
    const withHeader = iconv.encode('伝票番号,管理番号,受注番号\r\n444413758703,KEY000000000100,123\r\n', 'cp932');
    expect((await parseReturnFile(returned.right, withHeader)).rows).toEqual([
      { line: 2, key: 'KEY000000000100', trackingNumber: '444413758703', carrier: 'yamato' },
    ]);
    const byPosition = Buffer.from('123,KEY000000000100,444413758703\r\n');
    expect((await parseReturnFile(returned.right, byPosition)).rows).toMatchObject([
      { key: 'KEY000000000100', trackingNumber: '444413758703' },
    ]);
  });

  test('without the two columns, or without a carrier, it cannot be read back', () => {
    const { keyColumn: _k, trackingNumberColumn: _t, ...plain } = layout;
    expect(customReturnLayout({ name: '出力だけ', ...plain })).toEqual(
      E.left(expect.objectContaining({ ja: expect.stringContaining('伝票番号の列が指定されていません') })),
    );
    expect(customReturnLayout({ name: 'どこでも', ...layout, carrier: null })).toEqual(
      E.left(expect.objectContaining({ ja: expect.stringContaining('運送会社が指定されていません') })),
    );
  });
});
