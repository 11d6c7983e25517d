import { AMOUNTS_HOLD_REASON, AMOUNTS_UNCONFIRMED } from '../../../domain/order/amounts-to-confirm';
import { fixtureImport } from '../../support/import-fixtures';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();
const unshippedFirst = 'shop-amazon-unshipped-first';
const ordersFirst = 'shop-amazon-orders-first';
const unshipped = fixtureImport(side, 'amazon-unshipped', ['amazon-unshipped.txt'], unshippedFirst);
const orders = fixtureImport(side, 'amazon', ['amazon-orders-priced.txt'], unshippedFirst);
const MULTI = '250-0000001-0000001';
const COD = '250-0000002-0000002';

describe('Amazon 未出荷の注文レポート (unshipped orders report, CP932) and the order report that completes it', () => {
  test('unshipped first: quantities, address, delivery date and COD amount come in, marked and held', async () => {
    expect(await unshipped.run('unshipped-1')).toMatchObject({ imported: 2, failed: 0, rows: 3, problems: [] });
    const multi = await unshipped.order(MULTI);
    expect(multi.mallData.orderer).toMatchObject({ name: '髙﨑 美咲', phone: '080-1111-2222' });
    expect(multi.mallData.destinations).toEqual([
      expect.objectContaining({
        recipient: expect.objectContaining({
          name: '髙﨑 美咲',
          postalCode: '370-0849',
          prefecture: '群馬県',
          building: 'ﾒｿﾞﾝ高崎①～302号',
        }),
        delivery: { desiredDate: '2026-12-08', timeSlot: null },
      }),
    ]);
    expect(multi.mallData.destinations[0]!.lines.map((l) => [l.sku, l.name, l.unitPrice, l.quantity])).toEqual([
      ['TEA-001', '静岡茶①～特選～', 0, 2],
      ['CUP-01', '有田焼 湯呑み ﾐﾆ', 0, 1],
    ]);
    expect(multi.amountProblems).toEqual([AMOUNTS_UNCONFIRMED]);
    expect(multi).toMatchObject({ status: 'held', hold: { box: 1, reason: AMOUNTS_HOLD_REASON, from: 'new' } });
    const cod = await unshipped.order(COD);
    expect(cod.mallData).toMatchObject({
      orderer: { name: '山﨑 ｹﾝｼﾞ' },
      payment: { method: 'cash_on_delivery', label: 'COD' },
      amounts: { codFee: 330, billed: 3930 },
    });
    expect(cod.amountProblems).toEqual([AMOUNTS_UNCONFIRMED]);
  });

  test('the same unshipped report again changes nothing', async () => {
    expect(await unshipped.run('unshipped-2')).toMatchObject({ imported: 0, updated: 0, unchanged: 2, failed: 0 });
  });

  test('the order report after it fills the prices in, clears the mark and releases the hold', async () => {
    expect(await orders.run('orders-1')).toMatchObject({ imported: 0, updated: 2, failed: 0 });
    const multi = await orders.order(MULTI);
    expect(multi.mallData.destinations[0]!.lines.map((l) => [l.sku, l.unitPrice, l.quantity])).toEqual([
      ['TEA-001', 1080, 2],
      ['CUP-01', 2200, 1],
    ]);
    expect(multi.mallData.destinations[0]!.delivery.desiredDate).toBe('2026-12-08');
    expect(multi.mallData.amounts).toMatchObject({ goods: 4360, total: 4360, billed: 4360 });
    expect(multi).toMatchObject({ status: 'new', hold: null, amountProblems: [] });
    const cod = await orders.order(COD);
    expect(cod.mallData.amounts).toMatchObject({ goods: 3600, codFee: 330, total: 3930, billed: 3930 });
    expect(cod).toMatchObject({ status: 'new', hold: null, amountProblems: [] });
  });

  test('either report again changes nothing', async () => {
    expect(await orders.run('orders-2')).toMatchObject({ imported: 0, updated: 0, unchanged: 2, failed: 0 });
    expect(await unshipped.run('unshipped-3')).toMatchObject({ imported: 0, updated: 0, unchanged: 2, failed: 0 });
  });

  test('order report first: the unshipped report after it keeps the prices; either again changes nothing', async () => {
    expect(await orders.run('orders-first-1', ordersFirst)).toMatchObject({ imported: 2, failed: 0 });
    const before = await orders.order(MULTI, ordersFirst);
    expect(await unshipped.run('unshipped-after-1', ordersFirst)).toMatchObject({ imported: 0, failed: 0 });
    const after = await unshipped.order(MULTI, ordersFirst);
    expect(after.mallData).toEqual(before.mallData);
    expect(after).toMatchObject({ status: 'new', hold: null, amountProblems: [] });
    expect((await unshipped.order(COD, ordersFirst)).mallData.amounts).toMatchObject({ total: 3930, billed: 3930 });
    expect(await unshipped.run('unshipped-after-2', ordersFirst)).toMatchObject({ updated: 0, unchanged: 2 });
    expect(await orders.run('orders-first-2', ordersFirst)).toMatchObject({ updated: 0, unchanged: 2 });
  });
});
