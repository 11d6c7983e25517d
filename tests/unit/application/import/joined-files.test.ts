import { Readable } from 'node:stream';
import { YAHOO } from '../../../../application/import/formats/yahoo';
import { joinFiles } from '../../../../application/import/joined-files';

const file = (name: string, text: string) => ({ name, open: () => Readable.from([Buffer.from(text, 'utf8')]) });

describe('joining an order file onto the rows of an item file (Yahoo)', () => {
  test('order files in any column order and any file order; each item row gets its order columns', async () => {
    const joined = await joinFiles(
      [
        file('items.csv', 'OrderId,LineId,Title\nstore-1,1,静岡茶①～特選～\n'),
        file('orders-1.csv', 'OrderId,OrderTime,BillLastName\nstore-1,2026/11/30 10:15,髙橋\n'),
        file('orders-2.csv', 'BillLastName,OrderId,OrderTime\n渡邊,store-2,2026/11/30 11:00\n'),
      ],
      YAHOO,
    );
    expect(joined.problems).toEqual([]);
    expect(joined.itemFiles.map((f) => f.name)).toEqual(['items.csv']);
    const joiner = joined.joiner!();
    expect(joiner.header(['OrderId', 'LineId', 'Title'])).toEqual([
      'OrderId',
      'LineId',
      'Title',
      'OrderId',
      'OrderTime',
      'BillLastName',
    ]);
    expect(joiner.row(['store-1', '1'])).toEqual(['store-1', '1', '', 'store-1', '2026/11/30 10:15', '髙橋']);
    expect(joiner.row(['store-9', '1', 'x'])).toBeUndefined();
    expect(joined.unmatched()).toEqual([
      expect.objectContaining({
        file: 'orders-2.csv',
        row: 2,
        column: 'OrderId',
        ja: '注文 store-2 の明細が明細ファイルにありません',
      }),
    ]);
  });

  test('an order file without the key column is reported, and so is the item file missing', async () => {
    const joined = await joinFiles([file('orders.csv', 'OrderNo,OrderTime\n1,2026/11/30\n')], YAHOO);
    expect(joined.itemFiles).toEqual([]);
    expect(joined.problems).toEqual([
      expect.objectContaining({
        file: 'orders.csv',
        row: 1,
        column: 'OrderId',
        ja: '注文と明細をつなぐ列 OrderId がありません',
      }),
      expect.objectContaining({ row: 0, ja: expect.stringContaining('注文ファイル (Orders) がありません') }),
      expect.objectContaining({ row: 0, ja: expect.stringContaining('明細ファイル (Items) がありません') }),
    ]);
  });
});
