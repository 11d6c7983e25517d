import { Edit } from 'react-admin';
import { BulletinPostForm } from './BulletinPostForm';

/**
 * Pessimistic, so that a refusal (403 for someone else's notice, 409 when a colleague saved first) is shown at once
 * instead of an optimistic change being rolled back later. The record's revision travels with the form.
 */
export const BulletinPostEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <BulletinPostForm />
  </Edit>
);
