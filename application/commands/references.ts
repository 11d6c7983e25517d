import * as E from 'fp-ts/Either';
import type { ProcessingRoute } from '../../domain/order/route';
import type { DomainError } from '../../domain/shared/decider';
import { assignableRoute, ROUTE_NOT_FOUND } from '../../domain/tenant-settings/tenant-settings';
import type { EventRegistry } from '../events/event-registry';
import type { EventStore } from '../ports/event-store';
import { loadTenantSettings } from '../tenant-settings/tenant-settings';
import type { Unresolved } from './refusals';

interface Reference<Value> {
  /** The field the resolved value is added as, next to the id that named it. */
  readonly as: string;
  readonly find: (tenantId: string, id: string) => Promise<Value | undefined>;
  readonly missing: DomainError;
}

/**
 * Ids in a request that name something of the tenant's, looked up before the command is built: a decider sees one
 * stream only, so what it needs from another (a route from the settings) is read here and carried in the command.
 */
export class References {
  private readonly byField: { readonly routeId: Reference<ProcessingRoute> };

  constructor(store: EventStore, registry: EventRegistry) {
    this.byField = {
      // From the settings stream, not a read model: the order keeps a copy of the route as it is now.
      routeId: {
        as: 'route',
        find: async (tenantId, id) => assignableRoute(await loadTenantSettings(store, registry, tenantId), id),
        missing: ROUTE_NOT_FOUND,
      },
    };
  }

  /** The body with each named reference's value added (`routeId` → `route`), or the first that names nothing. */
  async resolve<Body extends object>(
    tenantId: string,
    fields: readonly ReferenceField[],
    body: Body,
  ): Promise<E.Either<Unresolved, Body>> {
    let resolved = { ...body } as Record<string, unknown>;
    for (const field of fields) {
      const id = resolved[field];
      if (typeof id !== 'string') continue;
      const reference = this.byField[field];
      const value = await reference.find(tenantId, id);
      if (value === undefined) return E.left({ kind: 'unresolved', error: reference.missing, path: field });
      resolved = { ...resolved, [reference.as]: value };
    }
    return E.right(resolved as Body);
  }
}

/** The request fields that name something to look up; a command declares the ones it needs. */
export type ReferenceField = 'routeId';
