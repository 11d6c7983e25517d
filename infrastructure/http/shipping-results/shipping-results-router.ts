import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import {
  MAX_ORDERS_PER_RESULT_FILE,
  type ShippingResultsRefusal,
  type WriteShippingResultsDependencies,
  writeShippingResults,
} from '../../../application/shipping-results/write-shipping-results';
import { shippingResultWriter } from '../../../application/shipping-results/shipping-result-writers';
import { ORDER_NOT_FOUND } from '../../../application/orders/tenant-orders';
import { Mall } from '../../../domain/order/order-data';
import { OrderStatus } from '../../../domain/order/status';
import { SHOP_NOT_FOUND } from '../../../domain/shop/shop';
import { listShops } from '../../../projections/accounts/shop-queries';
import { unreportedResultCounts } from '../../../projections/order-search/unreported-results-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { callerOf } from '../command-answer';
import { boundedArray, IdText } from '../input-codecs';
import { decodeOr400 } from '../validation';

export interface ShippingResultsRouterDependencies {
  readonly db: DatabasePool;
  readonly writing: WriteShippingResultsDependencies;
}

export const SHIPPING_RESULTS_HEADER = 'X-Shipping-Results';

const ShippingResultsBody = t.intersection([
  t.type({ shopId: IdText }),
  t.partial({
    orderIds: boundedArray(IdText, MAX_ORDERS_PER_RESULT_FILE),
    status: OrderStatus,
    includeReported: t.boolean,
  }),
]);

const bad = (res: Response, code: string, path: string, ja: string, en: string) =>
  void res.status(400).json({ error: { code, ja, en, fields: [{ path, ja, en }] } });

const answerRefusal = (res: Response, refusal: ShippingResultsRefusal) => {
  switch (refusal.kind) {
    case 'shop-not-found':
      return void res.status(404).json({ error: SHOP_NOT_FOUND });
    case 'no-writer':
      return bad(
        res,
        'shipping_results.no_writer',
        'shopId',
        `この店舗のモール（${refusal.mall}）には処理実績ファイルがありません。モールの管理画面で出荷を報告してください`,
        `the shop's mall (${refusal.mall}) has no shipping-result file; report shipments on the mall's own screens`,
      );
    case 'too-many':
      return bad(
        res,
        'shipping_results.too_many',
        'status',
        `一度に出力できるのは${refusal.max.toLocaleString('ja-JP')}件までです（${refusal.count.toLocaleString('ja-JP')}件）。ステータスで絞り込んでください`,
        `at most ${refusal.max} orders per file (${refusal.count}); narrow by status`,
      );
    case 'not-found':
      // One unknown id refuses the whole file: never a silently shorter one.
      return void res.status(404).json({ error: ORDER_NOT_FOUND });
  }
};

/**
 * 処理実績出力: `POST /api/shipping-results` `{ shopId, orderIds? | status?, includeReported? }` records the results on
 * each order and answers the mall's file as an attachment, with `X-Shipping-Results: {"orders":N,"refused":N}`.
 * `GET /api/shipping-results/shops`: each shop with its file's name and its count of orders to report.
 */
export function shippingResultsRouter(deps: ShippingResultsRouterDependencies): Router {
  const router = Router();
  router.get('/shipping-results/shops', requireSignIn, async (req: Request, res: Response) => {
    const tenantId = tenantOf(req);
    const [shops, counts] = await Promise.all([
      listShops(deps.db, tenantId),
      unreportedResultCounts(deps.db, tenantId),
    ]);
    res.json(
      shops.map((shop) => ({
        id: shop.id,
        code: shop.code,
        name: shop.name,
        mall: shop.mall,
        file: (Mall.is(shop.mall) && shippingResultWriter(shop.mall)?.label) || null,
        unreported: counts.get(shop.id) ?? 0,
      })),
    );
  });
  router.post(
    '/shipping-results',
    requireSignIn,
    requirePermission('orders.process'),
    async (req: Request, res: Response) => {
      const body = decodeOr400(ShippingResultsBody, req.body ?? {}, res);
      if (!body) return;
      if (body.orderIds !== undefined && body.status !== undefined)
        return bad(
          res,
          'shipping_results.selection_and_status',
          'status',
          '受注の選択とステータスはどちらか一方を指定してください',
          'give orderIds or status, not both',
        );
      const written = await writeShippingResults(deps.writing, callerOf(req), {
        shopId: body.shopId,
        ...(body.orderIds !== undefined && { orderIds: body.orderIds }),
        ...(body.status !== undefined && { status: body.status }),
        ...(body.includeReported !== undefined && { includeReported: body.includeReported }),
      });
      if (E.isLeft(written)) return answerRefusal(res, written.left);
      const { file, summary } = written.right;
      res.status(200);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
      res.setHeader(SHIPPING_RESULTS_HEADER, JSON.stringify(summary));
      res.end(file.bytes);
    },
  );
  return router;
}
