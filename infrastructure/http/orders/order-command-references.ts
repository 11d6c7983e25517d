import type { Response } from 'express';
import type { EventRegistry } from '../../../application/events/event-registry';
import type { EventStore } from '../../../application/ports/event-store';
import { loadTenantSettings } from '../../../application/tenant-settings/tenant-settings';
import { assignableRoute, ROUTE_NOT_FOUND } from '../../../domain/tenant-settings/tenant-settings';

/**
 * A body that names a tenant setting by id (`routeId`) gets the setting itself added (`route`), read from the tenant's
 * settings stream: the order decider cannot read settings, and the order keeps its own copy. An unknown or retired route
 * answers 422 (the order exists; the request cannot be carried out) and returns undefined.
 */
export async function withReferencesOr422<Body extends object>(
  deps: { readonly store: EventStore; readonly registry: EventRegistry },
  tenantId: string,
  body: Body,
  res: Response,
): Promise<Body | undefined> {
  if (!('routeId' in body) || typeof body.routeId !== 'string') return body;
  const route = assignableRoute(await loadTenantSettings(deps.store, deps.registry, tenantId), body.routeId);
  if (route) return { ...body, route };
  res.status(422).json({ error: { ...ROUTE_NOT_FOUND, fields: [{ path: 'routeId' }] } });
  return undefined;
}
