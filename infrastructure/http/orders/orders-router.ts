import { randomUUID } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { CommandHandler } from '../../../application/commands/command-handler';
import type { EventRegistry } from '../../../application/events/event-registry';
import { loadOrder } from '../../../application/orders/load-order';
import { forEachConcurrently } from '../../../application/shared/for-each-concurrently';
import { ORDER_NOT_FOUND, orderDeciderFor, visibleTo } from '../../../application/orders/tenant-orders';
import type { EventStore } from '../../../application/ports/event-store';
import type { OrderCommand } from '../../../domain/order/commands';
import { isUuid, streamName } from '../../../domain/shared/ids';
import type { DatabasePool } from 'slonik';
import { staffDisplayNames } from '../../../projections/accounts/staff-user-queries';
import { customerIdOfOrder } from '../../../projections/customers/customer-queries';
import { listOrders, ORDER_SORTS, statusCounts } from '../../../projections/order-search/order-search-queries';
import type { PositionWaiter } from '../../../projections/position-waiter';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { decodeOr400 } from '../validation';
import { BulkIds, ExpectedRevision, isOrderCommandName, ORDER_COMMANDS } from './order-command-bodies';
import { commandFailure } from './command-failure';
import { withReferencesOr422 } from './order-command-references';
import { OrderFilter } from './order-filter';

export interface OrdersRouterDependencies {
  readonly db: DatabasePool;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly commands: CommandHandler;
  readonly waiter: PositionWaiter;
}

/** The spec of `/commands/<name>` when the user may run it; else 404 or 403 answered and undefined. */
function commandSpecOrRefuse(req: Request, res: Response) {
  const name = req.params.name as string;
  if (!isOrderCommandName(name)) {
    res
      .status(404)
      .json({ error: { code: 'unknown_command', ja: `${name} という操作はありません`, en: `no command ${name}` } });
    return undefined;
  }
  const spec = ORDER_COMMANDS[name];
  let allowed = false;
  requirePermission(spec.permission)(req, res, () => (allowed = true));
  return allowed ? { name, spec } : undefined;
}
const BULK_CONCURRENCY = 8;

/** Orders as an API: commands (single and bulk) and the order rebuilt from its stream, now or at a past moment. */
export function ordersRouter(deps: OrdersRouterDependencies): Router {
  const router = Router();
  router.use('/orders', requireSignIn);

  const orderView = async (tenantId: string, id: string, at?: Date) => {
    if (!isUuid(id)) return undefined;
    const { state, revision } = await loadOrder(deps.store, deps.registry, id, at);
    const order = visibleTo(tenantId, state);
    return (
      order && {
        id,
        revision: revision === undefined ? null : Number(revision),
        customerId: await customerIdOfOrder(deps.db, tenantId, id),
        ...order,
      }
    );
  };

  const run = async (req: Request, orderId: string, command: OrderCommand, name: string, expectedRevision?: number) => {
    const principal = req.principal!;
    const result = await deps.commands.handle(
      orderDeciderFor(principal.tenantId),
      streamName.order(orderId),
      command,
      {
        tenantId: principal.tenantId,
        actor: principal.staffUserId,
        commandId: `${String(req.headers['idempotency-key'] ?? randomUUID())}:${orderId}`,
        correlationId: String(req.id),
      },
      { commandName: name, ...(expectedRevision !== undefined && { expectedRevision: BigInt(expectedRevision) }) },
    );
    if (E.isRight(result)) {
      // Answer only once the lists show the change, so the user never sees their own action missing.
      await deps.waiter.waitFor({
        position: result.right.position,
        streamName: streamName.order(orderId),
        eventTypes: result.right.events.map((e) => e.type),
      });
    }
    return result;
  };

  router.get('/orders', async (req, res) => {
    const params = listParamsOr400(req, res, ORDER_SORTS, { field: 'orderedAt', order: 'DESC' });
    if (!params) return;
    const filters = decodeOr400(OrderFilter, params.filter, res);
    if (!filters) return;
    const { rows, total, totalIsEstimate } = await listOrders(deps.db, tenantOf(req), {
      ...filters,
      sort: params.sort,
      offset: params.offset,
      limit: params.limit,
    });
    sendList(res, 'orders', rows, params.offset, total, totalIsEstimate);
  });

  /** Counts per status tab for the same filters (the tab's own status filter left out). */
  router.get('/order-status-counts', requireSignIn, async (req, res) => {
    const params = listParamsOr400(req, res, ORDER_SORTS, { field: 'orderedAt', order: 'DESC' });
    if (!params) return;
    const filters = decodeOr400(OrderFilter, params.filter, res);
    if (!filters) return;
    const { status: _tab, ...others } = filters;
    res.json(await statusCounts(deps.db, tenantOf(req), others));
  });

  router.get('/orders/:id', async (req, res) => {
    const at = typeof req.query.at === 'string' ? new Date(req.query.at) : undefined;
    if (at && Number.isNaN(at.getTime())) {
      res.status(400).json({
        error: {
          code: 'invalid_query',
          ja: 'at は日時で指定してください',
          en: 'at must be a date-time',
          fields: [{ path: 'at' }],
        },
      });
      return;
    }
    const view = await orderView(tenantOf(req), req.params.id, at);
    if (view) res.json(view);
    else res.status(404).json({ error: ORDER_NOT_FOUND });
  });

  router.get('/orders/:id/timeline', async (req, res) => {
    const { state, events } = isUuid(req.params.id)
      ? await loadOrder(deps.store, deps.registry, req.params.id)
      : { state: undefined, events: [] };
    if (!state || !visibleTo(tenantOf(req), state)) {
      res.status(404).json({ error: ORDER_NOT_FOUND });
      return;
    }
    const names = await staffDisplayNames(deps.db, tenantOf(req), [...new Set(events.map((e) => e.metadata.actor))]);
    res.json(
      events.map((e) => ({
        revision: Number(e.revision),
        type: e.event.type,
        data: e.event.data,
        at: e.metadata.occurredAt,
        actor: e.metadata.actor,
        actorName: names.get(e.metadata.actor) ?? null,
      })),
    );
  });

  router.post('/orders/:id/commands/:name', async (req: Request, res: Response) => {
    const command = commandSpecOrRefuse(req, res);
    if (!command) return;
    const { name, spec } = command;
    const body = decodeOr400(t.intersection([spec.body, ExpectedRevision]), req.body ?? {}, res);
    if (!body) return;
    if (!isUuid(req.params.id as string)) {
      res.status(404).json({ error: ORDER_NOT_FOUND });
      return;
    }
    const resolved = await withReferencesOr422(deps, tenantOf(req), body, res);
    if (!resolved) return;
    const result = await run(
      req,
      req.params.id as string,
      (spec.toCommand as (b: unknown) => OrderCommand)(resolved),
      name,
      body.expectedRevision,
    );
    if (E.isLeft(result)) {
      const { status, body: errorBody } = commandFailure(result.left);
      res.status(status).json(errorBody);
      return;
    }
    res.json(await orderView(tenantOf(req), req.params.id as string));
  });

  router.post('/orders/commands/:name', async (req: Request, res: Response) => {
    const command = commandSpecOrRefuse(req, res);
    if (!command) return;
    const { name, spec } = command;
    const body = decodeOr400(t.intersection([spec.body, BulkIds]), req.body ?? {}, res);
    if (!body) return;
    const resolved = await withReferencesOr422(deps, tenantOf(req), body, res);
    if (!resolved) return;
    const results: Array<Record<string, unknown>> = new Array(body.ids.length);
    // Each order succeeds or fails on its own: one refused order never stops the rest of a bulk action.
    await forEachConcurrently(body.ids, BULK_CONCURRENCY, async (id, index) => {
      if (!isUuid(id)) {
        results[index] = { id, ok: false, status: 404, error: ORDER_NOT_FOUND };
        return;
      }
      const result = await run(req, id, (spec.toCommand as (b: unknown) => OrderCommand)(resolved), name);
      if (E.isRight(result)) results[index] = { id, ok: true, revision: Number(result.right.revision) };
      else {
        const { status, body: errorBody } = commandFailure(result.left);
        results[index] = { id, ok: false, status, ...errorBody };
      }
    });
    res.json({ results, succeeded: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length });
  });

  return router;
}
