import * as admin from '../../../admin/src/auth/permissions';
import { PERMISSIONS, permissionsOfRoles, ROLE_PERMISSIONS } from '../../../domain/staff-user/permissions';

describe('permissions', () => {
  test('roles give the union of their defaults, in catalogue order', () => {
    expect(permissionsOfRoles(['staff'])).toEqual(['orders.process', 'orders.cancel', 'orders.enter', 'bulletin.post']);
    expect(permissionsOfRoles(['staff', 'admin'])).toEqual(PERMISSIONS);
    expect(permissionsOfRoles([])).toEqual([]);
  });

  test('the admin screens offer exactly the server\'s catalogue and role defaults', () => {
    expect(admin.PERMISSIONS).toEqual(PERMISSIONS);
    expect(admin.ROLE_PERMISSIONS).toEqual(ROLE_PERMISSIONS);
    expect(admin.permissionsOfRoles(['staff'])).toEqual(permissionsOfRoles(['staff']));
  });
});
