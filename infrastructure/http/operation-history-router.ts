import { Router } from 'express';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import { listOperationHistory } from '../../projections/operation-history/operation-history-queries';
import { requireSignIn } from './auth/authenticate';
import { requirePermission } from './auth/require-permission';
import { tenantOf } from './auth/tenant-scope';
import { listParamsOr400 } from './list-params';
import { sendList } from './ra-simple-rest';
import { DateOrDateTime, IdText } from './input-codecs';

const Filter = t.exact(t.partial({ actor: IdText, eventType: IdText, from: DateOrDateTime, to: DateOrDateTime }));

/** `/api/operation-history` (担当者処理履歴): who did what when, newest first. */
export function operationHistoryRouter(db: DatabasePool): Router {
  const router = Router();
  router.get('/operation-history', requireSignIn, requirePermission('history.view'), async (req, res) => {
    const params = listParamsOr400(req, res, ['occurredAt'], { field: 'occurredAt', order: 'DESC' }, Filter);
    if (!params) return;
    const { rows, total } = await listOperationHistory(db, tenantOf(req), params.filter, params);
    sendList(res, 'operation-history', rows, params.offset, total);
  });
  return router;
}
