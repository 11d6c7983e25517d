import { Router } from 'express';
import { type DatabasePool, sql } from 'slonik';
import { type EventStore, positionToString } from '../../application/ports/event-store';
import type { AnyProjection } from '../../projections/projection';
import { projectionStatuses } from '../../projections/projection-status';
import type { ProjectionRunner } from '../../projections/runner';
import { requireSignIn } from './auth/authenticate';
import { NOT_FOUND } from './errors';
import { sendList } from './ra-simple-rest';

/** `/api/health` for load balancers and people, `/api/projections` for the admin's projection screen. */
export function healthRouter(deps: {
  db: DatabasePool;
  store: EventStore;
  projections: readonly AnyProjection[];
  runners: readonly ProjectionRunner[];
}): Router {
  const router = Router();
  // /health stays open for load balancers; the projection screen is the admin's.
  router.use('/projections', requireSignIn);
  const activeHere = (name: string) => deps.runners.some((r) => r.projection.name === name && r.isActive);

  const statuses = async () =>
    (await projectionStatuses(deps.db, deps.store, deps.projections)).map((s) => ({
      id: s.name,
      ...s,
      activeInThisProcess: activeHere(s.name),
    }));

  router.get('/health', async (_req, res) => {
    const reachable = await deps.db.oneFirst(sql.unsafe`SELECT 1`).then(
      () => true,
      () => false,
    );
    if (!reachable) {
      res.status(503).json({ status: 'unavailable', database: { reachable }, eventStore: { kind: deps.store.kind } });
      return;
    }
    const [head, projections] = await Promise.all([deps.store.headPosition(), statuses()]);
    res.json({
      status: projections.every((p) => p.lag === 0) ? 'ok' : 'catching_up',
      database: { reachable },
      eventStore: { kind: deps.store.kind, head: positionToString(head) },
      projections,
    });
  });

  router.get('/projections', async (_req, res) => {
    const rows = await statuses();
    sendList(res, 'projections', rows, 0, rows.length);
  });

  router.get('/projections/:id', async (req, res) => {
    const row = (await statuses()).find((s) => s.id === req.params.id);
    if (!row) res.status(404).json({ error: NOT_FOUND });
    else res.json(row);
  });

  return router;
}
