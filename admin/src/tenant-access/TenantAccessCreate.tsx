import { Create, required, SimpleForm, TextInput } from 'react-admin';
import { ROLE_PERMISSIONS } from '../../../domain/staff-user/permissions';
import { PermissionsInput } from '../staff-users/PermissionsInput';

/** Lets an agency user in, named as they sign in; granting again replaces the permissions. */
export const TenantAccessCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ permissions: [...ROLE_PERMISSIONS.staff] }}>
      <TextInput source="tenantCode" validate={required()} helperText="oms.tenants.agency_tenant_help" />
      <TextInput source="username" validate={required()} />
      <PermissionsInput />
    </SimpleForm>
  </Create>
);
