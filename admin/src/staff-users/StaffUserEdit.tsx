import { BooleanInput, Edit, required, SimpleForm, TextField, TextInput } from 'react-admin';
import { PermissionsInput } from './PermissionsInput';
import { RolesInput } from './RolesInput';

/** Name, roles, the permissions checklist and whether the user may sign in at all (無効にすると即時にサインアウト). */
export const StaffUserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TextField source="username" />
      <TextInput source="displayName" validate={required()} />
      <RolesInput />
      <PermissionsInput />
      <BooleanInput source="active" helperText="oms.staff_users.active_help" />
    </SimpleForm>
  </Edit>
);
