import { Datagrid, DateField, List, SearchInput, TextField } from 'react-admin';
import { RolesField } from './RolesField';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const StaffUserList = () => (
  <List filters={filters} sort={{ field: 'username', order: 'ASC' }}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="username" />
      <TextField source="displayName" />
      <RolesField source="roles" sortable={false} />
      <DateField source="registeredAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
    </Datagrid>
  </List>
);
