import { Create } from 'react-admin';
import { BulletinPostForm } from './BulletinPostForm';

export const BulletinPostCreate = () => (
  <Create redirect="show">
    <BulletinPostForm />
  </Create>
);
