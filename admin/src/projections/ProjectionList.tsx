import { BooleanField, Datagrid, List, TextField } from 'react-admin';
import { LagField } from './LagField';
import { TokyoDateTimeField } from './TokyoDateTimeField';

// The API answers every projection at once and in its own order, so there is nothing to sort or page on the server.
export const ProjectionList = () => (
  <List exporter={false} pagination={false}>
    <Datagrid bulkActionButtons={false} rowClick="show">
      <TextField source="name" sortable={false} />
      <TextField source="checkpoint" sortable={false} />
      <LagField source="lag" sortable={false} textAlign="right" />
      <TokyoDateTimeField source="updatedAt" sortable={false} />
      <BooleanField source="activeInThisProcess" sortable={false} />
    </Datagrid>
  </List>
);
