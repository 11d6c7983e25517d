import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import {
  MAX_ORDERS_PER_PRINT,
  type PrintDocumentsDependencies,
  type PrintRefusal,
  preparePrint,
} from '../../../application/documents/print-documents';
import { DocumentKind } from '../../../domain/documents/document-kind';
import { ORDER_NOT_FOUND } from '../../../application/orders/tenant-orders';
import { orderIdsMatching } from '../../../projections/order-search/order-search-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { callerOf } from '../command-answer';
import { IdText } from '../input-codecs';
import { OrderFilter } from '../orders/order-filter';
import { decodeOr400 } from '../validation';

export interface DocumentsRouterDependencies {
  readonly db: DatabasePool;
  readonly printing: PrintDocumentsDependencies;
}

export const DOCUMENTS_RESULT_HEADER = 'X-Documents-Result';

/** Ids are not bounded here: a longer list is answered with its own message (narrow the selection), not a type error. */
const DocumentsBody = t.union([
  t.type({ kind: DocumentKind, ids: t.array(IdText) }),
  t.type({ kind: DocumentKind, filter: OrderFilter }),
]);

const tooMany = (res: Response, path: 'ids' | 'filter', count: number) => {
  const ja = `一度に出力できるのは${MAX_ORDERS_PER_PRINT.toLocaleString('ja-JP')}件までです（${count.toLocaleString('ja-JP')}件）。絞り込んでから出力してください`;
  const en = `at most ${MAX_ORDERS_PER_PRINT} orders per printing (${count}); narrow the selection`;
  res.status(400).json({ error: { code: 'documents.too_many_orders', ja, en, fields: [{ path, ja, en }] } });
};

const answerRefusal = (res: Response, path: 'ids' | 'filter', refusal: PrintRefusal) => {
  switch (refusal.kind) {
    case 'too-many':
      return tooMany(res, path, refusal.count);
    case 'not-found':
      // One unknown id makes the whole printing a 404: never a silently shorter PDF.
      return void res.status(404).json({ error: ORDER_NOT_FOUND });
    case 'nothing-printable':
      return void res.status(422).json({
        error: {
          code: 'documents.nothing_printable',
          ja: '出力できる受注がありません',
          en: 'none of the orders can be printed',
        },
        results: refusal.results,
      });
  }
};

const ASCII_KIND: Readonly<Record<DocumentKind, string>> = {
  'purchase-statement': 'purchase-statements',
  'delivery-statement': 'delivery-statements',
  auto: 'statements',
  receipt: 'receipts',
  invoice: 'invoices',
  'work-sheet': 'work-sheets',
  'picking-list': 'picking-list',
};

/** `statements-20261206-1430.pdf`: the kind and the minute, in Japan's time, as a shop files its printouts. */
const fileName = (kind: DocumentKind, at: Date) => {
  const tokyo = new Date(at.getTime() + 9 * 3600_000).toISOString();
  return `${ASCII_KIND[kind]}-${tokyo.slice(0, 10).replaceAll('-', '')}-${tokyo.slice(11, 16).replace(':', '')}.pdf`;
};

/** 帳票出力: `POST /api/documents` prints the orders named (or the list's filter) and answers the PDF, streamed. */
export function documentsRouter(deps: DocumentsRouterDependencies): Router {
  const router = Router();
  router.post('/documents', requireSignIn, requirePermission('orders.process'), async (req: Request, res: Response) => {
    const body = decodeOr400(DocumentsBody, req.body ?? {}, res);
    if (!body) return;
    const path = 'ids' in body ? 'ids' : 'filter';
    let orderIds: readonly string[];
    if ('ids' in body) {
      orderIds = body.ids;
    } else {
      orderIds = await orderIdsMatching(deps.db, tenantOf(req), body.filter, MAX_ORDERS_PER_PRINT + 1);
    }
    if (orderIds.length > MAX_ORDERS_PER_PRINT) return tooMany(res, path, orderIds.length);

    const prepared = await preparePrint(deps.printing, callerOf(req), { kind: body.kind, orderIds });
    if (E.isLeft(prepared)) return answerRefusal(res, path, prepared.left);
    const { summary, render } = prepared.right;
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${fileName(body.kind, deps.printing.clock.now())}"`);
    res.setHeader(DOCUMENTS_RESULT_HEADER, JSON.stringify(summary));
    // A failure once pages are sent cannot become an error answer: the connection is cut, so the client sees an
    // incomplete file, and the printing stays recorded on the orders (docs/api.md, 帳票出力).
    try {
      await render(res);
      res.end();
    } catch (error) {
      req.log.error({ err: error }, 'the documents were recorded but their PDF could not be completed');
      if (!res.headersSent)
        res.status(500).json({ error: { code: 'internal', ja: '帳票を作成できませんでした', en: 'rendering failed' } });
      else res.destroy(error as Error);
    }
  });
  return router;
}
