import { BooleanField, Datagrid, List, TextField } from 'react-admin';
import { RouteStatusesField } from './RouteStatusesField';

/** 処理ルート一覧: the standard route first, then the tenant's own routes in the order they were made. */
export const ProcessingRouteList = () => (
  <List sort={{ field: 'position', order: 'ASC' }} pagination={false} perPage={100}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" sortable={false} />
      <RouteStatusesField source="statuses" sortable={false} />
      <BooleanField source="standard" sortable={false} />
    </Datagrid>
  </List>
);
