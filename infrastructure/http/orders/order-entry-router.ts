import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import * as E from 'fp-ts/Either';
import type { DatabasePool } from 'slonik';
import type { CommandHandler } from '../../../application/commands/command-handler';
import { enterStaffOrder } from '../../../application/orders/enter-staff-order';
import type { EventRegistry } from '../../../application/events/event-registry';
import type { Clock } from '../../../application/ports/clock';
import type { EventStore } from '../../../application/ports/event-store';
import { loadIntakeShipping } from '../../../application/shops/shop-shipping-defaults';
import { loadTenantSettings } from '../../../application/tenant-settings/tenant-settings';
import { STANDARD_ROUTE } from '../../../domain/order/route';
import { isUuid, streamName } from '../../../domain/shared/ids';
import { assignableRoute } from '../../../domain/tenant-settings/tenant-settings';
import { findShopView } from '../../../projections/accounts/shop-queries';
import type { PositionWaiter } from '../../../projections/position-waiter';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { decodeOr400 } from '../validation';
import { commandFailure } from './command-failure';
import { StaffOrderBody, staffOrderData } from './staff-order-body';

export interface OrderEntryDependencies {
  readonly db: DatabasePool;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly commands: CommandHandler;
  readonly clock: Clock;
  readonly waiter: PositionWaiter;
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
    // From the settings stream, not a read model: the order keeps a copy of the route as it is now.
    const route = assignableRoute(
      await loadTenantSettings(deps.store, deps.registry, tenantId),
      body.routeId ?? STANDARD_ROUTE.routeId,
    );
    if (!route) {
      res.status(400).json(fieldError('routeId', '処理ルートが見つかりません', 'no such processing route'));
      return;
    }
    const result = await enterStaffOrder(
      deps.commands,
      deps.clock,
      { tenantId, shopId: shop.id, channel: body.channel, route, ...staffOrderData(body, deps.clock.now()) },
      {
        actor: req.principal!.staffUserId,
        correlationId: String(req.id),
        requestId: String(req.headers['idempotency-key'] ?? randomUUID()),
      },
      await loadIntakeShipping(deps.store, deps.registry, tenantId, shop.id),
    );
    if (E.isLeft(result)) {
      const { status, body: errorBody } = commandFailure(result.left);
      res.status(status).json(errorBody);
      return;
    }
    const { orderId, orderNumber, position, events } = result.right;
    await deps.waiter.waitFor({
      position,
      streamName: streamName.order(orderId),
      eventTypes: events.map((e) => e.type),
    });
    res.status(result.right.duplicate ? 200 : 201).json({ id: orderId, orderNumber });
  });
  return router;
}
