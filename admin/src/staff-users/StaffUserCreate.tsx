import { Create, PasswordInput, required, SimpleForm, TextInput } from 'react-admin';
import { ROLE_PERMISSIONS } from '../../../domain/staff-user/permissions';
import { PermissionsInput } from './PermissionsInput';
import { RolesInput } from './RolesInput';

const USERNAME = /^[A-Za-z0-9._@-]{2,64}$/;
const username = (value: string) => (value && !USERNAME.test(value) ? 'oms.staff_users.invalid_username' : undefined);
const password = (value: string) => (value && [...value].length < 8 ? 'oms.staff_users.short_password' : undefined);

export const StaffUserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ roles: ['staff'], permissions: [...ROLE_PERMISSIONS.staff] }}>
      <TextInput source="username" validate={[required(), username]} autoComplete="off" />
      <TextInput source="displayName" validate={required()} />
      <PasswordInput source="password" validate={[required(), password]} autoComplete="new-password" />
      <RolesInput />
      <PermissionsInput />
    </SimpleForm>
  </Create>
);
