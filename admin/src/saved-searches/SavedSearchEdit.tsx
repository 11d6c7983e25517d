import { Edit, maxLength, required, SimpleForm, TextInput } from 'react-admin';

/** Renaming (and, from the toolbar, deleting) one's own saved search. */
export const SavedSearchEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TextInput source="name" validate={[required(), maxLength(50)]} />
    </SimpleForm>
  </Edit>
);
