import * as E from 'fp-ts/Either';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import type { StaffRole, StaffUserEvent } from './events';
import { type Permission, PERMISSIONS, permissionsOfRoles } from './permissions';

/**
 * A person who signs in to the back office. The id is derived from (tenant, username), so a username is unique within
 * its tenant. Passwords are not events: they live in a credentials table that can be changed and erased.
 */
export interface RegisterStaffUser {
  readonly type: 'RegisterStaffUser';
  readonly staffUserId: string;
  readonly tenantId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly StaffRole[];
  /** When absent, the roles' defaults. */
  readonly permissions?: readonly Permission[];
}

/**
 * What an administrator changes on the user's screen, in one go: each given field is applied in this order (name,
 * roles, permissions, active), so roles first reset the permissions and then the checklist adjusts them.
 */
export interface ChangeStaffUser {
  readonly type: 'ChangeStaffUser';
  readonly staffUserId: string;
  readonly tenantId: string;
  /** The staff user making the change: nobody may lock themselves out. */
  readonly changedBy: string;
  readonly displayName?: string;
  readonly roles?: readonly StaffRole[];
  readonly permissions?: readonly Permission[];
  readonly active?: boolean;
}

export interface ChangePermission {
  readonly type: 'GrantPermission' | 'RevokePermission';
  readonly staffUserId: string;
  readonly tenantId: string;
  readonly permission: Permission;
}

export type StaffUserCommand = RegisterStaffUser | ChangeStaffUser | ChangePermission;

export type StaffUserState =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly staffUserId: string;
      readonly tenantId: string;
      readonly username: string;
      readonly displayName: string;
      readonly roles: readonly StaffRole[];
      readonly permissions: readonly Permission[];
      readonly active: boolean;
    };
type Registered = Extract<StaffUserState, { status: 'registered' }>;

export const USERNAME = /^[A-Za-z0-9._@-]{2,64}$/;

export const STAFF_USER_NOT_FOUND = domainError('staff_user.not_found', 'ユーザーが見つかりません', 'no such user');
const noRole = domainError('staff_user.no_role', 'ロールを1つ以上指定してください', 'give the user at least one role');

const sameSet = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));

/** Catalogue order, so that equal sets look equal in events and rows. */
const ordered = (permissions: readonly Permission[]): Permission[] =>
  PERMISSIONS.filter((p) => permissions.includes(p));

/** One event per permission given or taken, so the history says exactly what changed. */
function permissionChanges(state: Registered, wanted: readonly Permission[]): StaffUserEvent[] {
  const { staffUserId } = state;
  return [
    ...ordered(wanted.filter((p) => !state.permissions.includes(p))).map((permission) => ({
      type: 'StaffUserPermissionGranted' as const,
      data: { staffUserId, permission },
    })),
    ...ordered(state.permissions.filter((p) => !wanted.includes(p))).map((permission) => ({
      type: 'StaffUserPermissionRevoked' as const,
      data: { staffUserId, permission },
    })),
  ];
}

const evolve = (state: StaffUserState, event: StaffUserEvent): StaffUserState => {
  if (event.type === 'StaffUserRegistered') {
    const { staffUserId, tenantId, username, displayName, roles } = event.data;
    return {
      status: 'registered',
      staffUserId,
      tenantId,
      username,
      displayName,
      roles,
      permissions: permissionsOfRoles(roles),
      active: true,
    };
  }
  if (state.status !== 'registered') return state;
  switch (event.type) {
    case 'StaffUserRenamed':
      return { ...state, displayName: event.data.displayName };
    case 'StaffUserRolesChanged':
      return { ...state, roles: event.data.roles, permissions: event.data.permissions };
    case 'StaffUserPermissionGranted':
      return { ...state, permissions: ordered([...state.permissions, event.data.permission]) };
    case 'StaffUserPermissionRevoked':
      return { ...state, permissions: state.permissions.filter((p) => p !== event.data.permission) };
    case 'StaffUserDeactivated':
      return { ...state, active: false };
    case 'StaffUserReactivated':
      return { ...state, active: true };
  }
};

/** The events for a change, folded field by field so that each step sees the one before. */
function change(command: ChangeStaffUser, initial: Registered): E.Either<DomainError, StaffUserEvent[]> {
  const { staffUserId } = initial;
  const events: StaffUserEvent[] = [];
  let state = initial;
  const add = (more: readonly StaffUserEvent[]) => {
    events.push(...more);
    state = more.reduce(evolve, state) as Registered;
  };
  if (command.displayName !== undefined) {
    const displayName = command.displayName.trim();
    if (!displayName)
      return E.left(domainError('staff_user.blank_name', '表示名を入力してください', 'the display name is empty'));
    if (displayName !== state.displayName) add([{ type: 'StaffUserRenamed', data: { staffUserId, displayName } }]);
  }
  if (command.roles !== undefined) {
    if (command.roles.length === 0) return E.left(noRole);
    if (!sameSet(command.roles, state.roles)) {
      add([
        {
          type: 'StaffUserRolesChanged',
          data: { staffUserId, roles: [...new Set(command.roles)], permissions: permissionsOfRoles(command.roles) },
        },
      ]);
    }
  }
  if (command.permissions !== undefined) add(permissionChanges(state, command.permissions));
  if (command.active !== undefined && command.active !== state.active) {
    add([{ type: command.active ? 'StaffUserReactivated' : 'StaffUserDeactivated', data: { staffUserId } }]);
  }
  if (command.changedBy === staffUserId && (!state.active || !state.permissions.includes('users.manage'))) {
    return E.left(
      domainError(
        'staff_user.self_lockout',
        '自分自身を無効にしたり、自分のユーザー管理権限を外したりはできません',
        'you cannot deactivate yourself or take away your own users.manage',
      ),
    );
  }
  return E.right(events);
}

export const staffUserDecider: Decider<StaffUserCommand, StaffUserEvent, StaffUserState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide: (command, state) => {
    if (command.type === 'RegisterStaffUser') {
      if (state.status === 'registered') {
        return E.left(
          domainError(
            'staff_user.already_registered',
            `ユーザー ${state.username} は登録済みです`,
            `user ${state.username} already exists`,
          ),
        );
      }
      if (!USERNAME.test(command.username)) {
        return E.left(
          domainError(
            'staff_user.invalid_username',
            'ユーザー名は半角英数字と . _ @ - の2〜64文字です',
            'a username is 2–64 letters, digits or . _ @ -',
          ),
        );
      }
      if (command.roles.length === 0) return E.left(noRole);
      const { staffUserId, tenantId, username, displayName, roles } = command;
      const registered: StaffUserEvent = {
        type: 'StaffUserRegistered',
        data: {
          staffUserId,
          tenantId,
          username,
          displayName: displayName.trim() || username,
          roles: [...new Set(roles)],
        },
      };
      const after = evolve(state, registered) as Registered;
      return E.right([registered, ...(command.permissions ? permissionChanges(after, command.permissions) : [])]);
    }
    // Another tenant's user is "not found", exactly like one that does not exist.
    if (state.status !== 'registered' || state.tenantId !== command.tenantId) return E.left(STAFF_USER_NOT_FOUND);
    switch (command.type) {
      case 'ChangeStaffUser':
        return change(command, state);
      case 'GrantPermission':
      case 'RevokePermission': {
        const wanted =
          command.type === 'GrantPermission'
            ? [...state.permissions, command.permission]
            : state.permissions.filter((p) => p !== command.permission);
        return E.right(permissionChanges(state, wanted));
      }
    }
  },
};
