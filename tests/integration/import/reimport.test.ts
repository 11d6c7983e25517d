/**
 * A later download of the same orders: what changed at the mall becomes events on the existing order, and an order
 * already past 発送待ち is not overwritten but waits for a person to confirm the change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import * as E from 'fp-ts/Either';
import iconv from 'iconv-lite';
import { createProductEventRegistry } from '../../../application/events/product-events';
import { RAKUTEN } from '../../../application/import/formats/rakuten';
import { type ImportRequest, importOrders } from '../../../application/import/import-orders';
import { loadOrder } from '../../../application/orders/load-order';
import { orderDeciderFor } from '../../../application/orders/tenant-orders';
import { STANDARD_ROUTE } from '../../../domain/order/route';
import { importedOrderIdFor, streamName } from '../../../domain/shared/ids';
import { context, openWriteSide, type WriteSide } from '../../support/write-side';

const tenantId = '00000000-0000-4000-8000-000000000001';
const shopId = 'shop-rakuten-1';
const original = iconv.decode(readFileSync(path.join(__dirname, '../../fixtures/import/rakuten-rms.csv')), 'cp932');
/** Order 1's remark changed; then also the address of order 2's first destination. */
const secondDownload = original.replaceAll('２行目の備考"', '２行目の備考（夕方に変更）"');
const thirdDownload = secondDownload.replaceAll('"梅田１丁目１－１"', '"梅田２丁目２－２"');

let side: WriteSide;
beforeAll(async () => {
  side = await openWriteSide();
});
afterAll(() => side.close());

const importText = (importId: string, text: string) => {
  const request: ImportRequest = {
    importId,
    tenantId,
    shopId,
    mall: 'rakuten',
    actor: 'user-1',
    correlationId: importId,
    mapping: RAKUTEN,
    route: STANDARD_ROUTE,
    files: [{ name: `${importId}.csv`, open: () => Readable.from([iconv.encode(text, 'cp932')]) }],
  };
  return importOrders(side.commands, request);
};
const orderId = (number: string) => importedOrderIdFor(tenantId, shopId, number);
const order = async (number: string) => loadOrder(side.store, createProductEventRegistry(), orderId(number));

describe('re-importing a later download', () => {
  beforeAll(async () => {
    await importText('first', original);
    // Order 2 is packed: moved past 発送待ち before the next download arrives.
    for (let i = 0; i < 3; i++) {
      const moved = await side.commands.handle(
        orderDeciderFor(tenantId),
        streamName.order(orderId('387215-20261130-0000002')),
        { type: 'AdvanceOrderStatus' },
        context({ tenantId }),
      );
      expect(E.isRight(moved)).toBe(true);
    }
  });

  test('a changed remark is applied as an event on the order that has not shipped, and its history shows before and after', async () => {
    const result = await importText('second', secondDownload);
    expect(result).toMatchObject({ imported: 0, updated: 1, unchanged: 2, failed: 1 });
    const { state, events } = await order('387215-20261130-0000001');
    expect(state).toMatchObject({
      mallData: { buyerRemarks: '午前中は不在です、"置き配"希望\n２行目の備考（夕方に変更）' },
    });
    const change = events.at(-1)!;
    expect(change.event.type).toBe('OrderChangedAtMall');
    expect(change.event.data).toMatchObject({
      changes: {
        buyerRemarks: {
          before: '午前中は不在です、"置き配"希望\n２行目の備考',
          after: '午前中は不在です、"置き配"希望\n２行目の備考（夕方に変更）',
        },
      },
    });
  });

  test('an order already past 発送待ち is not overwritten: the change waits for a person', async () => {
    const result = await importText('third', thirdDownload);
    expect(result).toMatchObject({ updated: 1, unchanged: 2 });
    const { state, events } = await order('387215-20261130-0000002');
    expect(events.at(-1)!.event.type).toBe('OrderChangeAwaitingConfirmation');
    if (!state.exists) throw new Error('order missing');
    expect(state.mallData.destinations[0]!.recipient.street).toBe('梅田１丁目１－１');
    expect(state.pendingChange).not.toBeNull();
  });

  test('the same later file again changes nothing more', async () => {
    expect(await importText('fourth', thirdDownload)).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 3,
      failed: 1,
    });
  });
});
