import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LagField } from './LagField';
import { TokyoDateTimeField } from './TokyoDateTimeField';

export const ProjectionShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="checkpoint" />
      <LagField source="lag" />
      <TokyoDateTimeField source="updatedAt" />
      <BooleanField source="activeInThisProcess" />
    </SimpleShowLayout>
  </Show>
);
