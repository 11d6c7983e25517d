import { PERMISSIONS, permissionsOfRoles } from '../../../domain/staff-user/permissions';

describe('permissions', () => {
  test('roles give the union of their defaults, in catalogue order', () => {
    expect(permissionsOfRoles(['staff'])).toEqual(['orders.process', 'orders.cancel', 'orders.enter', 'bulletin.post']);
    expect(permissionsOfRoles(['staff', 'admin'])).toEqual(PERMISSIONS);
    expect(permissionsOfRoles([])).toEqual([]);
  });
});
