import type { StaffUserRegistered } from '../../../domain/staff-user/events';
import { staffUserDecider } from '../../../domain/staff-user/staff-user';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(staffUserDecider);
const command = { type: 'RegisterStaffUser', staffUserId: 'u-1', tenantId: 't-1', username: 'sato', displayName: '佐藤 ﾊﾅｺ', roles: ['admin'] } as const;
const registered: StaffUserRegistered = {
  type: 'StaffUserRegistered',
  data: { staffUserId: 'u-1', tenantId: 't-1', username: 'sato', displayName: '佐藤 ﾊﾅｺ', roles: ['admin'] },
};

describe('StaffUser', () => {
  test('a new user is registered', () => spec.given([]).when(command).then([registered]));
  test('a user cannot be registered twice', () => spec.given([registered]).when(command).thenRefuses('staff_user.already_registered'));
  test('a user needs a role', () => spec.given([]).when({ ...command, roles: [] }).thenRefuses('staff_user.no_role'));
  test('a username with spaces or full-width letters is refused', () =>
    spec.given([]).when({ ...command, username: 'ｓａｔｏ さん' }).thenRefuses('staff_user.invalid_username'));
});
