import { Router } from 'express';
import * as E from 'fp-ts/Either';
import type { DatabasePool } from 'slonik';
import type { CommandPipeline } from '../../../application/commands/command-pipeline';
import { type IntakePlannerDependencies, intakePlannerFor } from '../../../application/automation/intake-planner';
import { enterStaffOrder } from '../../../application/orders/enter-staff-order';
import type { Clock } from '../../../application/ports/clock';
import type { EventRegistry } from '../../../application/events/event-registry';
import type { EventStore } from '../../../application/ports/event-store';
import { loadIntakeShipping } from '../../../application/shops/shop-shipping-defaults';
import { STANDARD_ROUTE } from '../../../domain/order/route';
import { isUuid } from '../../../domain/shared/ids';
import type { ProcessingRoute } from '../../../domain/order/route';
import { findShopView } from '../../../projections/accounts/shop-queries';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { decodeOr400 } from '../validation';
import { answerCommand, callerOf, sendRefusal } from '../command-answer';
import { StaffOrderBody, staffOrderData } from './staff-order-body';

export interface OrderEntryDependencies {
  readonly db: DatabasePool;
  readonly pipeline: CommandPipeline;
  readonly clock: Clock;
  /** The shop's shipping defaults are read from its stream, as the import reads them. */
  readonly store: EventStore;
  readonly registry: EventRegistry;
  /** The checks and automation rules, as at import. */
  readonly intake: IntakePlannerDependencies;
}

const fieldError = (path: string, ja: string, en: string) => ({
  error: { code: 'invalid_input', ja, en, fields: [{ path, ja, en }] },
});

/** `POST /api/orders`: 電話注文・FAX注文・店舗受注, answered with the new order's id and generated number. */
export function orderEntryRouter(deps: OrderEntryDependencies): Router {
  const router = Router();
  router.post('/orders', requirePermission('orders.enter'), async (req, res) => {
    const body = decodeOr400(StaffOrderBody, req.body ?? {}, res);
    if (!body) return;
    const tenantId = tenantOf(req);
    // Another tenant's shop is refused exactly like a shop that does not exist.
    const shop = isUuid(body.shopId) ? await findShopView(deps.db, tenantId, body.shopId) : null;
    if (!shop) {
      res.status(400).json(fieldError('shopId', 'ショップが見つかりません', 'no such shop'));
      return;
    }
    // An unknown route is refused as everywhere a request names one: 422 on routeId.
    const resolved = await deps.pipeline.resolve(tenantId, ['routeId'], {
      routeId: body.routeId ?? STANDARD_ROUTE.routeId,
    });
    if (E.isLeft(resolved)) return sendRefusal(res, resolved.left);
    const { route } = resolved.right as unknown as { route: ProcessingRoute };
    const result = await enterStaffOrder(
      deps.pipeline,
      deps.clock,
      { tenantId, shopId: shop.id, channel: body.channel, route, ...staffOrderData(body, deps.clock.now()) },
      callerOf(req),
      await loadIntakeShipping(deps.store, deps.registry, tenantId, shop.id),
      await intakePlannerFor(deps.intake, tenantId),
    );
    await answerCommand(
      res,
      result,
      ({ orderId, orderNumber }) => ({ id: orderId, orderNumber }),
      E.isRight(result) && result.right.duplicate ? 200 : 201,
    );
  });
  return router;
}
