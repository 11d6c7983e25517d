import type { StaffUserEvent, StaffUserRegistered } from '../../../domain/staff-user/events';
import { type ChangeStaffUser, staffUserDecider } from '../../../domain/staff-user/staff-user';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(staffUserDecider);
const command = {
  type: 'RegisterStaffUser',
  staffUserId: 'u-1',
  tenantId: 't-1',
  username: 'sato',
  displayName: '佐藤 ﾊﾅｺ',
  roles: ['admin'],
} as const;
const registered: StaffUserRegistered = {
  type: 'StaffUserRegistered',
  data: { staffUserId: 'u-1', tenantId: 't-1', username: 'sato', displayName: '佐藤 ﾊﾅｺ', roles: ['admin'] },
};
const clerk: StaffUserRegistered = {
  type: 'StaffUserRegistered',
  data: {
    ...registered.data,
    staffUserId: 'u-2',
    username: 'takahashi',
    displayName: '髙橋 ～ 受注係',
    roles: ['staff'],
  },
};
const change = (changes: Partial<ChangeStaffUser>): ChangeStaffUser => ({
  type: 'ChangeStaffUser',
  staffUserId: 'u-2',
  tenantId: 't-1',
  changedBy: 'u-1',
  ...changes,
});
const granted = (permission: string, staffUserId = 'u-2') =>
  ({ type: 'StaffUserPermissionGranted', data: { staffUserId, permission } }) as StaffUserEvent;
const revoked = (permission: string, staffUserId = 'u-2') =>
  ({ type: 'StaffUserPermissionRevoked', data: { staffUserId, permission } }) as StaffUserEvent;

describe('StaffUser', () => {
  test('a new user is registered', () => spec.given([]).when(command).then([registered]));
  test('a user cannot be registered twice', () =>
    spec.given([registered]).when(command).thenRefuses('staff_user.already_registered'));
  test('a user needs a role', () =>
    spec
      .given([])
      .when({ ...command, roles: [] })
      .thenRefuses('staff_user.no_role'));
  test('a username with spaces or full-width letters is refused', () =>
    spec
      .given([])
      .when({ ...command, username: 'ｓａｔｏ さん' })
      .thenRefuses('staff_user.invalid_username'));

  test('registered with a checklist, the differences from the role defaults are recorded one by one', () =>
    spec
      .given([])
      .when({
        ...command,
        staffUserId: 'u-2',
        username: 'takahashi',
        displayName: '髙橋 ～ 受注係',
        roles: ['staff'],
        permissions: ['orders.process', 'orders.enter', 'bulletin.post', 'history.view'],
      })
      .then([clerk, granted('history.view'), revoked('orders.cancel')]));
});

describe('StaffUser changes', () => {
  test('a new display name is trimmed; a blank one is refused', () => {
    spec
      .given([registered, clerk])
      .when(change({ displayName: '  髙橋 花子①  ' }))
      .then([{ type: 'StaffUserRenamed', data: { staffUserId: 'u-2', displayName: '髙橋 花子①' } }]);
    spec
      .given([registered, clerk])
      .when(change({ displayName: '　 ' }))
      .thenRefuses('staff_user.blank_name', '表示名');
  });

  test('new roles reset the permissions to their defaults', () =>
    spec
      .given([clerk, revoked('orders.cancel')])
      .when(change({ roles: ['admin'] }))
      .then([
        {
          type: 'StaffUserRolesChanged',
          data: {
            staffUserId: 'u-2',
            roles: ['admin'],
            permissions: [
              'orders.process',
              'orders.cancel',
              'orders.enter',
              'customers.manage',
              'settings.manage',
              'users.manage',
              'bulletin.post',
              'history.view',
            ],
          },
        },
      ]));

  test("roles and a checklist together: the checklist adjusts the new roles' defaults", () =>
    spec
      .given([clerk])
      .when(change({ roles: ['staff', 'staff'], permissions: ['orders.process', 'orders.enter', 'bulletin.post'] }))
      .then([revoked('orders.cancel')]));

  test('the same roles, the same permissions and the same name change nothing', () =>
    spec
      .given([clerk])
      .when(
        change({
          displayName: '髙橋 ～ 受注係',
          roles: ['staff'],
          permissions: ['bulletin.post', 'orders.enter', 'orders.cancel', 'orders.process'],
        }),
      )
      .then([]));

  test('single permissions are granted and revoked; doing it twice changes nothing', () => {
    const one = { staffUserId: 'u-2', tenantId: 't-1', permission: 'history.view' } as const;
    spec
      .given([clerk])
      .when({ type: 'GrantPermission', ...one })
      .then([granted('history.view')]);
    spec
      .given([clerk, granted('history.view')])
      .when({ type: 'GrantPermission', ...one })
      .then([]);
    spec
      .given([clerk, granted('history.view')])
      .when({ type: 'RevokePermission', ...one })
      .then([revoked('history.view')]);
    spec
      .given([clerk])
      .when({ type: 'RevokePermission', ...one })
      .then([]);
  });

  test('deactivated and reactivated', () => {
    spec
      .given([clerk])
      .when(change({ active: false }))
      .then([{ type: 'StaffUserDeactivated', data: { staffUserId: 'u-2' } }]);
    spec
      .given([clerk, { type: 'StaffUserDeactivated', data: { staffUserId: 'u-2' } }])
      .when(change({ active: false }))
      .then([]);
    spec
      .given([clerk, { type: 'StaffUserDeactivated', data: { staffUserId: 'u-2' } }])
      .when(change({ active: true }))
      .then([{ type: 'StaffUserReactivated', data: { staffUserId: 'u-2' } }]);
  });

  test("nobody locks themselves out: no deactivating oneself, no taking away one's own users.manage", () => {
    const self = { staffUserId: 'u-1', changedBy: 'u-1' };
    spec
      .given([registered])
      .when(change({ ...self, active: false }))
      .thenRefuses('staff_user.self_lockout', '自分');
    spec
      .given([registered])
      .when(change({ ...self, roles: ['staff'] }))
      .thenRefuses('staff_user.self_lockout');
    spec
      .given([registered])
      .when(change({ ...self, displayName: '佐藤 花子' }))
      .then([{ type: 'StaffUserRenamed', data: { staffUserId: 'u-1', displayName: '佐藤 花子' } }]);
  });

  test('a user of another tenant, or none at all, is not found', () => {
    spec
      .given([clerk])
      .when(change({ tenantId: 't-2', active: false }))
      .thenRefuses('staff_user.not_found');
    spec
      .given([])
      .when(change({ active: false }))
      .thenRefuses('staff_user.not_found');
  });
});
