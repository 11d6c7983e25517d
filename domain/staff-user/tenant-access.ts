import * as E from 'fp-ts/Either';
import { type Decider, domainError } from '../shared/decider';
import type { TenantAccessEvent } from './events';
import { type Permission, PERMISSIONS } from './permissions';

/**
 * ID切り替え: whether one staff user of another tenant (an agency) may act in this tenant, and with what permissions.
 * One stream per (target tenant, user); the target tenant decides, so its administrator or the operator records it.
 */
export interface GrantTenantAccess {
  readonly type: 'GrantTenantAccess';
  /** The tenant the user is let into. */
  readonly tenantId: string;
  readonly staffUserId: string;
  /** The tenant the user belongs to (from the accounts read model). */
  readonly homeTenantId: string;
  readonly permissions: readonly Permission[];
}
export interface RevokeTenantAccess {
  readonly type: 'RevokeTenantAccess';
  readonly tenantId: string;
  readonly staffUserId: string;
}
export type TenantAccessCommand = GrantTenantAccess | RevokeTenantAccess;

export type TenantAccessState =
  { readonly granted: false } | { readonly granted: true; readonly permissions: readonly Permission[] };

export const TENANT_ACCESS_NOT_GRANTED = domainError(
  'tenant_access.not_granted',
  'このユーザーには切り替えの許可がありません',
  'this user has no access to the tenant',
);

export const tenantAccessDecider: Decider<TenantAccessCommand, TenantAccessEvent, TenantAccessState> = {
  initialState: () => ({ granted: false }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'TenantAccessGranted':
        return { granted: true, permissions: event.data.permissions };
      case 'TenantAccessRevoked':
        return { granted: false };
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'GrantTenantAccess': {
        if (command.homeTenantId === command.tenantId) {
          return E.left(
            domainError(
              'tenant_access.own_tenant',
              '自分のテナントへの切り替え許可は不要です',
              'a user needs no access grant to their own tenant',
            ),
          );
        }
        const permissions = PERMISSIONS.filter((p) => command.permissions.includes(p));
        if (
          state.granted &&
          state.permissions.length === permissions.length &&
          state.permissions.every((p) => permissions.includes(p))
        )
          return E.right([]);
        const { tenantId, staffUserId, homeTenantId } = command;
        return E.right([{ type: 'TenantAccessGranted', data: { tenantId, staffUserId, homeTenantId, permissions } }]);
      }
      case 'RevokeTenantAccess':
        if (!state.granted) return E.left(TENANT_ACCESS_NOT_GRANTED);
        return E.right([
          { type: 'TenantAccessRevoked', data: { tenantId: command.tenantId, staffUserId: command.staffUserId } },
        ]);
    }
  },
};
