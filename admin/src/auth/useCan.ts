import { usePermissions } from 'react-admin';
import type { Permission } from '../../../domain/staff-user/permissions';

/**
 * Whether the signed-in user may do something, to hide what they could not do anyway. The server checks again: this is
 * only so that nobody is offered a button that answers 403.
 */
export const useCan = (permission: Permission): boolean => {
  const { permissions } = usePermissions<readonly string[]>();
  return Array.isArray(permissions) && permissions.includes(permission);
};
