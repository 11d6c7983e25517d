/**
 * A shop's shipping defaults at import: each new 楽天 order gets the shop's carrier and slip type (コレクト for 代金引換)
 * and a planned ship date of its order day + N business days, in the OrderImported event; a re-import leaves what staff
 * set since alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import * as E from 'fp-ts/Either';
import iconv from 'iconv-lite';
import { registerShop } from '../../../application/accounts/register-shop';
import { createProductEventRegistry } from '../../../application/events/product-events';
import { runImport } from '../../../application/import/run-import';
import { loadOrder } from '../../../application/orders/load-order';
import { orderDeciderFor } from '../../../application/orders/tenant-orders';
import { importedOrderIdFor, shopIdFor, streamName } from '../../../domain/shared/ids';
import { type ShopCommand, shopDecider } from '../../../domain/shop/shop';
import { context, handleRequest, openWriteSide, type WriteSide } from '../../support/write-side';

const tenantId = '00000000-0000-4000-8000-000000000001';
const shopId = shopIdFor(tenantId, 'rakuten-main');
const original = iconv.decode(readFileSync(path.join(__dirname, '../../fixtures/import/rakuten-rms.csv')), 'cp932');
const laterDownload = original.replaceAll('２行目の備考"', '２行目の備考（夕方に変更）"');

let side: WriteSide;
const registry = createProductEventRegistry();
beforeAll(async () => {
  side = await openWriteSide();
  expect(
    E.isRight(
      await handleRequest(
        side.commands,
        registerShop({ tenantId, code: 'rakuten-main', mall: 'rakuten', name: '楽天市場店' }),
        { tenantId },
      ),
    ),
  ).toBe(true);
});
afterAll(() => side.close());

const shopCommand = async (command: ShopCommand) =>
  expect(
    E.isRight(await side.commands.handle(shopDecider, streamName.shop(shopId), command, context({ tenantId }))),
  ).toBe(true);
const importText = (importId: string, text: string) =>
  runImport(
    { commands: side.commands, store: side.store, registry, savedMappings: async () => [] },
    {
      importId,
      tenantId,
      shop: { id: shopId, mall: 'rakuten' },
      actor: 'user-1',
      correlationId: importId,
      format: 'rakuten',
      files: [{ name: `${importId}.csv`, size: 0, open: () => Readable.from([iconv.encode(text, 'cp932')]) }],
    },
  );
const order = async (number: string) => {
  const { state, events } = await loadOrder(side.store, registry, importedOrderIdFor(tenantId, shopId, number));
  if (!state.exists) throw new Error(`order ${number} was not imported`);
  return { state, events };
};

describe('shipping defaults at import', () => {
  beforeAll(async () => {
    await shopCommand({
      type: 'SetShopShippingDefaults',
      shopId,
      tenantId,
      shipping: { carrier: 'yamato', slipType: '発払い' },
      codSlipType: 'コレクト',
      leadDays: 2,
    });
    // 2026-12-01 (Tuesday) is the shop's own 休業日.
    await shopCommand({ type: 'SetShopHolidays', shopId, tenantId, holidays: ['2026-12-01'] });
    expect(await importText('00000000-0000-4000-8000-000000000201', original)).toMatchObject({
      right: { imported: 3 },
    });
  });

  test('an order of Monday 11-30 gets the carrier, its slip type and 2 business days on, past the shop holiday', async () => {
    const { state, events } = await order('387215-20261130-0000001');
    expect(state.shopData).toMatchObject({
      shipping: { carrier: 'yamato', slipType: '発払い' },
      plannedShipDate: '2026-12-03',
    });
    // In the intake event itself: one event per order, as before.
    expect(events.map((e) => e.event.type)).toEqual(['OrderImported']);
    expect(events[0]!.event.data).toMatchObject({
      shopData: { shipping: { carrier: 'yamato', slipType: '発払い' }, plannedShipDate: '2026-12-03' },
    });
  });

  test('a 代金引換 order gets the COD slip type (コレクト)', async () =>
    expect((await order('387215-20261130-0000002')).state.shopData.shipping).toEqual({
      carrier: 'yamato',
      slipType: 'コレクト',
    }));

  test('a re-import keeps what staff set since, even when the mall changed the order', async () => {
    const orderId = importedOrderIdFor(tenantId, shopId, '387215-20261130-0000001');
    const planned = await side.commands.handle(
      orderDeciderFor(tenantId),
      streamName.order(orderId),
      {
        type: 'SetShippingPlan',
        shipping: { carrier: 'sagawa', slipType: '飛脚宅配便' },
        plannedShipDate: '2026-12-10',
      },
      context({ tenantId }),
    );
    expect(E.isRight(planned)).toBe(true);
    expect(await importText('00000000-0000-4000-8000-000000000202', laterDownload)).toMatchObject({
      right: { updated: 1 },
    });
    const { state, events } = await order('387215-20261130-0000001');
    expect(events.at(-1)!.event.type).toBe('OrderChangedAtMall');
    expect(state.shopData).toMatchObject({
      shipping: { carrier: 'sagawa', slipType: '飛脚宅配便' },
      plannedShipDate: '2026-12-10',
    });
  });
});
