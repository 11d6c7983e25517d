import { checkOrderAmounts } from '../../../../domain/checks/amounts';
import type { RecentOrder } from '../../../../domain/checks/check-context';
import { checkDuplicate } from '../../../../domain/checks/duplicate';
import { checkRemarks } from '../../../../domain/checks/remarks';
import { mallData } from '../../../support/order-fixtures';
import { checkContext, checkedOrder, destinationTo, onlyChecks } from '../../../support/check-fixtures';

describe('amounts', () => {
  test('given amounts that add up, nothing trips', () => expect(checkOrderAmounts(checkedOrder())).toEqual([]));

  test('given a total 20 yen short, the total and the billed amount trip, one finding each', () =>
    expect(checkOrderAmounts(checkedOrder({ mallData: { amounts: { ...mallData.amounts, total: 5000 } } }))).toEqual([
      { check: 'amounts', destinationIndex: null, data: { code: 'total_mismatch', stated: '5000', computed: '5020' } },
      { check: 'amounts', destinationIndex: null, data: { code: 'billed_mismatch', stated: '4720', computed: '4700' } },
    ]));

  test('given amounts to confirm, that one problem stands in for the rest', () =>
    expect(
      checkOrderAmounts(
        checkedOrder({ amountsToConfirm: true, mallData: { amounts: { ...mallData.amounts, total: 0 } } }),
      ),
    ).toEqual([
      { check: 'amounts', destinationIndex: null, data: { code: 'amounts_unconfirmed', stated: '0', computed: '0' } },
    ]));
});

describe('suspected duplicate', () => {
  const other = (change: Partial<RecentOrder> = {}): RecentOrder => ({
    orderId: 'order-2',
    orderNumber: 'yahoo-store-10001',
    orderedAt: '2026-11-30T15:15:00+09:00',
    mallData,
    ...change,
  });
  const within = (recentOrders: RecentOrder[]) => checkDuplicate(checkedOrder(), checkContext({ recentOrders }));

  test('given the same buyer and items 5 hours later in another mall, it trips naming that order', () =>
    expect(within([other()])).toEqual([
      {
        check: 'duplicate',
        destinationIndex: null,
        data: { orderNumber: 'yahoo-store-10001', orderedAt: '2026-11-30T15:15:00+09:00' },
      },
    ]));

  test('given the order itself, an order 25 hours away, or other quantities, nothing trips', () => {
    expect(within([other({ orderId: 'order-1' })])).toEqual([]);
    expect(within([other({ orderedAt: '2026-12-01T11:15:00+09:00' })])).toEqual([]);
    const more = mallData.destinations.map((d) => ({ ...d, lines: d.lines.map((l) => ({ ...l, quantity: 3 })) }));
    expect(within([other({ mallData: { ...mallData, destinations: more } })])).toEqual([]);
  });

  test('given a longer window, 25 hours is within it', () =>
    expect(
      checkDuplicate(
        checkedOrder(),
        checkContext({
          settings: onlyChecks(['duplicate'], { duplicateWithinHours: 48 }),
          recentOrders: [other({ orderedAt: '2026-12-01T11:15:00+09:00' })],
        }),
      ),
    ).toHaveLength(1));

  test('given the same e-mail under another name, or the same name and phone written half-width, it trips', () => {
    const byEmail = { ...mallData.orderer, name: 'タカハシ', phone: '', email: 'taro@example.jp' };
    const byPhone = { ...mallData.orderer, name: '髙橋太郎', phone: '09012345678', email: 'other@example.jp' };
    expect(within([other({ mallData: { ...mallData, orderer: byEmail } })])).toHaveLength(1);
    expect(within([other({ mallData: { ...mallData, orderer: byPhone } })])).toHaveLength(1);
  });

  test('given another buyer with the same items, nothing trips', () => {
    const someoneElse = { ...mallData.orderer, name: '佐藤 花子', phone: '080-1111-2222', email: 'hanako@example.jp' };
    const samePhone = { ...someoneElse, phone: mallData.orderer.phone };
    const sameName = { ...someoneElse, name: mallData.orderer.name };
    for (const orderer of [someoneElse, samePhone, sameName])
      expect(within([other({ mallData: { ...mallData, orderer } })])).toEqual([]);
  });

  test('given the same items split over two destinations in another order, it trips (the items are a multiset)', () => {
    const [tea, cup] = mallData.destinations[0]!.lines;
    const split = [
      { ...destinationTo({}), lines: [cup!, { ...tea!, quantity: 1 }] },
      { ...destinationTo({}), lines: [{ ...tea!, quantity: 1 }] },
    ];
    expect(within([other({ mallData: { ...mallData, destinations: split } })])).toHaveLength(1);
  });
});

describe('備考あり', () => {
  const remarks = (buyerRemarks: string, remarkKeywords: string[] = []) =>
    checkRemarks(
      checkedOrder({ mallData: { buyerRemarks } }),
      checkContext({ settings: onlyChecks(['remarks'], { remarkKeywords }) }),
    );

  test('given a remark, it trips with the remark', () =>
    expect(remarks('午前中は不在です')).toEqual([
      { check: 'remarks', destinationIndex: null, data: { remarks: '午前中は不在です' } },
    ]));

  test.each(['', '  \n ', '[メッセージ:]', '[メッセージ:]\n[配送日時指定:]\n', '［メッセージ：］'])(
    "given %p (nothing, or 楽天's empty lines), nothing trips",
    (text) => expect(remarks(text)).toEqual([]),
  );

  test("given 楽天's line with a message after it, it trips without the empty lines", () =>
    expect(remarks('[メッセージ:]\nクール便でお願いします\n[配送日時指定:]')).toMatchObject([
      { data: { remarks: 'クール便でお願いします' } },
    ]));

  test('given a long remark, the finding holds its start', () =>
    expect(remarks('あ'.repeat(100))[0]?.data.remarks).toBe(`${'あ'.repeat(60)}…`));

  test('given keywords, only a remark containing one trips, compared half- and full-width alike', () => {
    expect(remarks('クール便でお願いします', ['ｸｰﾙ', '領収書'])).toEqual([
      { check: 'remarks', destinationIndex: null, data: { remarks: 'クール便でお願いします', keywords: 'ｸｰﾙ' } },
    ]);
    expect(remarks('午前中は不在です', ['ｸｰﾙ', '領収書'])).toEqual([]);
  });
});
