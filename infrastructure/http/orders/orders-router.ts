import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { CommandPipeline } from '../../../application/commands/command-pipeline';
import type { EventRegistry } from '../../../application/events/event-registry';
import { loadOrder } from '../../../application/orders/load-order';
import { trackingLinks, trackingUrl } from '../../../application/tracking/tracking-links';
import { Carrier } from '../../../domain/shared/carrier';
import { printingHistory } from '../../../application/documents/printing-history';
import { checkAcceptors, checkResultsView } from '../../../application/orders/check-results-view';
import { runBulkOrderCommands } from '../../../application/orders/bulk-order-commands';
import { ORDER_NOT_FOUND, orderDeciderFor, visibleTo } from '../../../application/orders/tenant-orders';
import type { EventStore } from '../../../application/ports/event-store';
import type { OrderCommand } from '../../../domain/order/commands';
import { isUuid, streamName } from '../../../domain/shared/ids';
import type { DatabasePool } from 'slonik';
import { staffDisplayNames } from '../../../projections/accounts/staff-user-queries';
import { customerIdOfOrder } from '../../../projections/customers/customer-queries';
import { listOrders, ORDER_SORTS, statusCounts } from '../../../projections/order-search/order-search-queries';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { decodeOr400 } from '../validation';
import type { OrderState } from '../../../domain/order/state';
import {
  BulkIds,
  ExpectedRevision,
  isOrderCommandName,
  isSingleOrderOnly,
  ORDER_COMMANDS,
  readsUntrackedSlipTypes,
  references,
  toOrderCommand,
} from './order-command-bodies';
import { untrackedSlipTypesOf } from '../../../application/shops/untracked-slip-types';
import { listShops } from '../../../projections/accounts/shop-queries';
import { answerCommand, callerOf, markReadModels, refusalAnswer, sendRefusal } from '../command-answer';
import { OrderFilter } from './order-filter';
import { isDateTime } from '../input-codecs';
import { orderBundleView } from '../bundles/bundles-router';

export interface OrdersRouterDependencies {
  readonly db: DatabasePool;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly pipeline: CommandPipeline;
}

/**
 * The spec of `/commands/<name>` when the user may run it; else 404 or 403 answered and undefined. `bulk`: the list's
 * `/orders/commands/<name>`, which does not offer the commands that belong to one order.
 */
function commandSpecOrRefuse(req: Request, res: Response, bulk = false) {
  const name = req.params.name as string;
  if (!isOrderCommandName(name) || (bulk && isSingleOrderOnly(ORDER_COMMANDS[name]))) {
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

/** A list row with each destination's number linked to its carrier's tracking page. */
const withTrackingLinks = <Row extends { trackingNumbers: readonly { carrier: string; trackingNumber: string }[] }>(
  row: Row,
) => ({
  ...row,
  trackingNumbers: row.trackingNumbers.map((n) => ({
    ...n,
    url: Carrier.is(n.carrier) ? trackingUrl(n.carrier, n.trackingNumber) : null,
  })),
});

/** Orders as an API: commands (single and bulk) and the order rebuilt from its stream, now or at a past moment. */
export function ordersRouter(deps: OrdersRouterDependencies): Router {
  const router = Router();
  router.use('/orders', requireSignIn);

  /** The order as its tenant sees it, from a fold of its stream: now, at a past moment, or as a command left it. */
  const viewOf = async (tenantId: string, id: string, state: OrderState, revision: bigint | undefined) => {
    const order = visibleTo(tenantId, state);
    return (
      order && {
        id,
        revision: revision === undefined ? null : Number(revision),
        customerId: await customerIdOfOrder(deps.db, tenantId, id),
        ...order,
        // Without the events here: the box and who accepted come with the order page's read (orderView).
        checks: checkResultsView(order.checks, [], new Map()),
        trackingLinks: trackingLinks(order),
      }
    );
  };
  /** The order page's view: the command answers' view and the printing history (帳票出力履歴). */
  const orderView = async (tenantId: string, id: string, at?: Date) => {
    if (!isUuid(id)) return undefined;
    const { state, revision, events } = await loadOrder(deps.store, deps.registry, id, at);
    const view = await viewOf(tenantId, id, state, revision);
    if (!view) return undefined;
    const actors = [
      ...new Set([
        ...events.filter((e) => e.event.type === 'OrderDocumentsPrinted').map((e) => e.metadata.actor),
        ...checkAcceptors(events),
      ]),
    ];
    const names = actors.length > 0 ? await staffDisplayNames(deps.db, tenantId, actors) : new Map<string, string>();
    // As it is now, also for a past moment: merging and splitting are about the parcel still to go.
    const bundling = await orderBundleView(deps, tenantId, { orderId: id, bundle: view.bundle ?? null });
    return {
      ...view,
      printingHistory: printingHistory(events, names),
      checks: state.exists ? checkResultsView(state.checks, events, names) : [],
      ...bundling,
    };
  };

  /** The body with the shops' untracked slip types added, for the commands that decide on them. */
  const withShopSettings = async <Body extends object>(
    tenantId: string,
    spec: Parameters<typeof references>[0],
    body: Body,
  ) =>
    readsUntrackedSlipTypes(spec)
      ? {
          ...body,
          untrackedSlipTypes: await untrackedSlipTypesOf(
            deps.store,
            deps.registry,
            tenantId,
            (await listShops(deps.db, tenantId)).map((shop) => shop.id),
          ),
        }
      : body;

  const run = (req: Request, orderId: string, command: OrderCommand, name: string, expectedRevision?: number) =>
    deps.pipeline.run(
      {
        decider: orderDeciderFor,
        streamName: streamName.order(orderId),
        command,
        commandName: name,
        ...(expectedRevision !== undefined && { expectedRevision }),
      },
      callerOf(req),
    );

  router.get('/orders', async (req, res) => {
    const params = listParamsOr400(req, res, ORDER_SORTS, { field: 'orderedAt', order: 'DESC' }, OrderFilter);
    if (!params) return;
    const { rows, total, totalIsEstimate } = await listOrders(deps.db, tenantOf(req), {
      ...params.filter,
      sort: params.sort,
      offset: params.offset,
      limit: params.limit,
    });
    sendList(res, 'orders', rows.map(withTrackingLinks), params.offset, total, totalIsEstimate);
  });

  /** Counts per status tab for the same filters (the tab's own status filter left out). */
  router.get('/order-status-counts', requireSignIn, async (req, res) => {
    const params = listParamsOr400(req, res, ORDER_SORTS, { field: 'orderedAt', order: 'DESC' }, OrderFilter);
    if (!params) return;
    const { status: _tab, ...others } = params.filter;
    res.json(await statusCounts(deps.db, tenantOf(req), others));
  });

  router.get('/orders/:id', async (req, res) => {
    const at = typeof req.query.at === 'string' ? new Date(req.query.at) : undefined;
    if (at && (Number.isNaN(at.getTime()) || !isDateTime(req.query.at as string))) {
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
        // The automation rule that made the change: the history says 「ルール『高額代引』により保留」.
        rule: e.metadata.ruleId ? { id: e.metadata.ruleId, name: e.metadata.ruleName ?? '' } : null,
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
    const resolved = await deps.pipeline.resolve(tenantOf(req), references(spec), body);
    if (E.isLeft(resolved)) return sendRefusal(res, resolved.left);
    const orderId = req.params.id as string;
    const ready = await withShopSettings(tenantOf(req), spec, resolved.right);
    const result = await run(req, orderId, toOrderCommand(spec, ready), name, body.expectedRevision);
    // The answer is the fold the command ended with; the stream is not read again.
    await answerCommand(res, result, ({ state, revision }) => viewOf(tenantOf(req), orderId, state, revision));
  });

  router.post('/orders/commands/:name', async (req: Request, res: Response) => {
    const named = commandSpecOrRefuse(req, res, true);
    if (!named) return;
    const { name, spec } = named;
    const body = decodeOr400(t.intersection([spec.body, BulkIds]), req.body ?? {}, res);
    if (!body) return;
    const resolved = await deps.pipeline.resolve(tenantOf(req), references(spec), body);
    if (E.isLeft(resolved)) return sendRefusal(res, resolved.left);
    const command = toOrderCommand(spec, await withShopSettings(tenantOf(req), spec, resolved.right));
    const valid = body.ids.filter(isUuid);
    const ran = await runBulkOrderCommands(
      deps.pipeline,
      callerOf(req),
      name,
      valid.map((orderId) => ({ orderId, command })),
    );
    const byId = new Map(valid.map((id, index) => [id, ran[index]!]));
    let behind = false;
    // Each order succeeds or fails on its own: one refused order never stops the rest of a bulk action.
    const results = body.ids.map((id): Record<string, unknown> => {
      const result = byId.get(id) ?? E.left({ kind: 'rejected', error: ORDER_NOT_FOUND } as const);
      if (E.isRight(result)) {
        behind ||= result.right.readModels === 'behind';
        return { id, ok: true, revision: Number(result.right.revision) };
      }
      const { status, body: errorBody } = refusalAnswer(result.left);
      return { id, ok: false, status, ...errorBody };
    });
    markReadModels(res, { readModels: behind ? 'behind' : 'current' });
    res.json({ results, succeeded: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length });
  });

  return router;
}
