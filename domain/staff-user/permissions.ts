import * as t from 'io-ts';
import type { StaffRole } from './events';

/**
 * What a staff user may do beyond looking (every signed-in user may read orders). A role is a named default set; an
 * administrator may give or take single permissions per user, as shops split work between people.
 */
export const Permission = t.keyof({
  /** 進める・移動・保留・解除・ルート変更・タグ・メモ */
  'orders.process': null,
  'orders.cancel': null,
  /** 電話注文・店舗受注の登録 */
  'orders.enter': null,
  'customers.manage': null,
  /** shops, processing routes, hold-box names */
  'settings.manage': null,
  /** staff users, their permissions, API tokens */
  'users.manage': null,
  'bulletin.post': null,
  'history.view': null,
});
export type Permission = t.TypeOf<typeof Permission>;

export const PERMISSIONS = Object.keys(Permission.keys) as readonly Permission[];

export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly Permission[]>> = {
  admin: PERMISSIONS,
  staff: ['orders.process', 'orders.cancel', 'orders.enter', 'bulletin.post'],
};

export const permissionsOfRoles = (roles: readonly StaffRole[]): Permission[] =>
  PERMISSIONS.filter((p) => roles.some((role) => ROLE_PERMISSIONS[role].includes(p)));
