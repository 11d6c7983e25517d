import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import {
  type ExportLabelsDependencies,
  exportLabels,
  type LabelExportRefusal,
  MAX_ORDERS_PER_EXPORT,
} from '../../../application/labels/export-labels';
import { ORDER_NOT_FOUND } from '../../../application/orders/tenant-orders';
import { orderIdsMatching } from '../../../projections/order-search/order-search-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { callerOf } from '../command-answer';
import { IdText } from '../input-codecs';
import { OrderFilter } from '../orders/order-filter';
import { decodeOr400 } from '../validation';

export interface LabelExportsRouterDependencies {
  readonly db: DatabasePool;
  readonly exporting: ExportLabelsDependencies;
}

export const LABEL_EXPORT_RESULT_HEADER = 'X-Label-Export-Result';

const Layout = t.string;
const LabelExportBody = t.union([
  t.type({ layout: Layout, ids: t.array(IdText) }),
  t.type({ layout: Layout, filter: OrderFilter }),
]);

const bad = (res: Response, code: string, path: string, ja: string, en: string) =>
  void res.status(400).json({ error: { code, ja, en, fields: [{ path, ja, en }] } });

const answerRefusal = (res: Response, path: 'ids' | 'filter', refusal: LabelExportRefusal) => {
  switch (refusal.kind) {
    case 'unknown-layout':
      return bad(
        res,
        'labels.unknown_layout',
        'layout',
        `送り状レイアウト「${refusal.layout}」はありません`,
        `no label layout ${refusal.layout}`,
      );
    case 'too-many':
      if (refusal.perFile)
        return bad(
          res,
          'labels.too_many_per_file',
          path,
          `このレイアウトは1ファイル${refusal.max}件までです（${refusal.count}件）。${refusal.max}件ずつに分けて出力してください`,
          `this layout takes at most ${refusal.max} labels a file (${refusal.count}); export them ${refusal.max} at a time`,
        );
      return bad(
        res,
        'labels.too_many',
        path,
        `一度に出力できるのは${refusal.max.toLocaleString('ja-JP')}件までです（${refusal.count.toLocaleString('ja-JP')}件）。絞り込んでから出力してください`,
        `at most ${refusal.max} per file (${refusal.count}); narrow the selection`,
      );
    case 'not-found':
      // One unknown id refuses the whole export: never a silently shorter file.
      return void res.status(404).json({ error: ORDER_NOT_FOUND });
    case 'problems':
      return void res.status(422).json({
        error: {
          code: 'labels.refused',
          ja: `運送会社のソフトで取り込めない受注が${refusal.orders.length}件あります。修正するか、除いて出力してください`,
          en: `${refusal.orders.length} order(s) the carrier's software would refuse; fix them or export the rest`,
        },
        orders: refusal.orders,
      });
    case 'nothing-exported':
      return void res.status(422).json({
        error: { code: 'labels.nothing_exported', ja: '出力できる受注がありません', en: 'no order could be exported' },
        results: refusal.results,
      });
  }
};

/**
 * 送り状データ出力: `POST /api/label-exports` `{ layout, ids | filter }` checks every order's labels, records the export
 * on each and answers the file as an attachment, or 422 with every problem per order and nothing recorded.
 */
export function labelExportsRouter(deps: LabelExportsRouterDependencies): Router {
  const router = Router();
  router.post(
    '/label-exports',
    requireSignIn,
    requirePermission('orders.process'),
    async (req: Request, res: Response) => {
      const body = decodeOr400(LabelExportBody, req.body ?? {}, res);
      if (!body) return;
      const path = 'ids' in body ? 'ids' : 'filter';
      const orderIds =
        'ids' in body
          ? body.ids
          : await orderIdsMatching(deps.db, tenantOf(req), body.filter, MAX_ORDERS_PER_EXPORT + 1);
      const exported = await exportLabels(deps.exporting, callerOf(req), { layout: body.layout, orderIds });
      if (E.isLeft(exported)) return answerRefusal(res, path, exported.left);
      const { file, fileName, encoding, summary } = exported.right;
      res.status(200);
      res.setHeader('Content-Type', `text/csv; charset=${encoding === 'cp932' ? 'Shift_JIS' : 'utf-8'}`);
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
      res.setHeader(LABEL_EXPORT_RESULT_HEADER, JSON.stringify(summary));
      res.end(file);
    },
  );
  return router;
}
