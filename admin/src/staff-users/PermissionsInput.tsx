import { useEffect, useRef } from 'react';
import { CheckboxGroupInput, type CheckboxGroupInputProps } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { StaffRole } from '../../../domain/staff-user/events';
import { PERMISSIONS, permissionsOfRoles } from '../../../domain/staff-user/permissions';

const choices = PERMISSIONS.map((permission) => ({ id: permission, name: `oms.permissions.${permission}` }));

/**
 * 権限のチェックリスト. Choosing other roles ticks those roles' defaults, as the server does; the boxes can then be
 * adjusted one by one.
 */
export const PermissionsInput = (props: Omit<CheckboxGroupInputProps, 'source' | 'choices'>) => {
  const roles = useWatch<{ roles?: StaffRole[] }>({ name: 'roles' }) as StaffRole[] | undefined;
  const { setValue } = useFormContext();
  const previous = useRef(roles);
  useEffect(() => {
    if (roles && previous.current && roles.join() !== previous.current.join()) {
      setValue('permissions', permissionsOfRoles(roles), { shouldDirty: true });
    }
    previous.current = roles;
  }, [roles, setValue]);
  return <CheckboxGroupInput source="permissions" choices={choices} row={false} {...props} />;
};
