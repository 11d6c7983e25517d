/**
 * The server's permission catalogue and role defaults (domain/staff-user/permissions.ts), as the screens need them for
 * the checklist; tests/unit/domain/permissions.test.ts keeps the two the same.
 */
export const PERMISSIONS = [
  'orders.process',
  'orders.cancel',
  'orders.enter',
  'customers.manage',
  'settings.manage',
  'users.manage',
  'bulletin.post',
  'history.view',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<'admin' | 'staff', readonly Permission[]>> = {
  admin: PERMISSIONS,
  staff: ['orders.process', 'orders.cancel', 'orders.enter', 'bulletin.post'],
};

export const permissionsOfRoles = (roles: readonly string[]): Permission[] =>
  PERMISSIONS.filter((p) => roles.some((role) => (ROLE_PERMISSIONS as Record<string, readonly Permission[]>)[role]?.includes(p)));
