import { BooleanInput, maxLength, required, SimpleForm, TextInput } from 'react-admin';

/** The same limits as the API (件名 100文字, 本文 10,000文字), so that a person sees them before saving. */
export const BulletinPostForm = () => (
  <SimpleForm>
    <TextInput source="title" validate={[required(), maxLength(100)]} fullWidth />
    <TextInput source="body" validate={[required(), maxLength(10_000)]} multiline minRows={6} fullWidth />
    <BooleanInput source="pinned" />
  </SimpleForm>
);
