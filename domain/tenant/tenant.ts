import * as E from 'fp-ts/Either';
import { type Decider, domainError } from '../shared/decider';
import type { RetentionPlan, TenantEvent } from './events';

/** A contracting company. Its id is derived from its code, so a code can only ever be registered once. */
export interface RegisterTenant {
  readonly type: 'RegisterTenant';
  readonly tenantId: string;
  readonly code: string;
  readonly name: string;
  readonly retentionPlan: RetentionPlan;
}
export type TenantCommand = RegisterTenant;

export type TenantState =
  { readonly status: 'none' } | { readonly status: 'registered'; readonly code: string; readonly name: string };

export const TENANT_CODE = /^[a-z0-9][a-z0-9-]{1,31}$/;

export const tenantDecider: Decider<TenantCommand, TenantEvent, TenantState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'TenantRegistered':
        return { status: 'registered', code: event.data.code, name: event.data.name };
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'RegisterTenant': {
        if (state.status === 'registered') {
          return E.left(
            domainError(
              'tenant.already_registered',
              `テナント ${state.code} は登録済みです`,
              `tenant ${state.code} is already registered`,
            ),
          );
        }
        if (!TENANT_CODE.test(command.code)) {
          return E.left(
            domainError(
              'tenant.invalid_code',
              'テナントコードは半角英小文字・数字・ハイフン(2〜32文字)です',
              'a tenant code is 2–32 lower-case letters, digits or hyphens',
            ),
          );
        }
        const { tenantId, code, name, retentionPlan } = command;
        return E.right([
          { type: 'TenantRegistered', data: { tenantId, code, name: name.trim() || code, retentionPlan } },
        ]);
      }
    }
  },
};
