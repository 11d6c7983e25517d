import * as E from 'fp-ts/Either';
import { type Decider, domainError } from '../shared/decider';
import type { StaffRole, StaffUserEvent } from './events';

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
}
export type StaffUserCommand = RegisterStaffUser;

export type StaffUserState = { readonly status: 'none' } | { readonly status: 'registered'; readonly username: string };

export const USERNAME = /^[A-Za-z0-9._@-]{2,64}$/;

export const staffUserDecider: Decider<StaffUserCommand, StaffUserEvent, StaffUserState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'StaffUserRegistered':
        return { status: 'registered', username: event.data.username };
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'RegisterStaffUser': {
        if (state.status === 'registered') {
          return E.left(domainError('staff_user.already_registered', `ユーザー ${state.username} は登録済みです`, `user ${state.username} already exists`));
        }
        if (!USERNAME.test(command.username)) {
          return E.left(domainError('staff_user.invalid_username', 'ユーザー名は半角英数字と . _ @ - の2〜64文字です', 'a username is 2–64 letters, digits or . _ @ -'));
        }
        if (command.roles.length === 0) {
          return E.left(domainError('staff_user.no_role', 'ロールを1つ以上指定してください', 'give the user at least one role'));
        }
        const { staffUserId, tenantId, username, displayName, roles } = command;
        return E.right([{ type: 'StaffUserRegistered', data: { staffUserId, tenantId, username, displayName: displayName.trim() || username, roles: [...roles] } }]);
      }
    }
  },
};
