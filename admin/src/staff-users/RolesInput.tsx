import { CheckboxGroupInput, minLength, required } from 'react-admin';

const choices = [
  { id: 'admin', name: 'oms.roles.admin' },
  { id: 'staff', name: 'oms.roles.staff' },
];

export const RolesInput = () => (
  <CheckboxGroupInput source="roles" choices={choices} validate={[required(), minLength(1)]} />
);
