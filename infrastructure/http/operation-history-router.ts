import { Router } from 'express';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import { listOperationHistory } from '../../projections/operation-history/operation-history-queries';
import { requireSignIn } from './auth/authenticate';
import { requirePermission } from './auth/require-permission';
import { tenantOf } from './auth/tenant-scope';
import { listParamsOr400 } from './list-params';
import { sendList } from './ra-simple-rest';
import { decodeOr400 } from './validation';

const Instant = t.refinement(t.string, (s) => !Number.isNaN(new Date(s).getTime()), 'date or ISO date-time');
const Filter = t.exact(t.partial({ actor: t.string, eventType: t.string, from: Instant, to: Instant }));

/** `/api/operation-history` (担当者処理履歴): who did what when, newest first. */
export function operationHistoryRouter(db: DatabasePool): Router {
  const router = Router();
  router.get('/operation-history', requireSignIn, requirePermission('history.view'), async (req, res) => {
    const params = listParamsOr400(req, res, ['occurredAt'], { field: 'occurredAt', order: 'DESC' });
    if (!params) return;
    const filter = decodeOr400(Filter, params.filter, res);
    if (!filter) return;
    const { rows, total } = await listOperationHistory(db, tenantOf(req), filter, params);
    sendList(res, 'operation-history', rows, params.offset, total);
  });
  return router;
}
