import { BooleanField, CreateButton, Datagrid, DateField, List, SearchInput, TextField, TopToolbar } from 'react-admin';
import { useCan } from '../auth/useCan';
import { RolesField } from './RolesField';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const StaffUserList = () => {
  const canManage = useCan('users.manage');
  return (
    <List
      filters={filters}
      sort={{ field: 'username', order: 'ASC' }}
      actions={<TopToolbar>{canManage && <CreateButton />}</TopToolbar>}
    >
      <Datagrid bulkActionButtons={false} rowClick={canManage ? 'edit' : false}>
        <TextField source="username" />
        <TextField source="displayName" />
        <RolesField source="roles" sortable={false} />
        <BooleanField source="active" sortable={false} />
        <DateField source="registeredAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      </Datagrid>
    </List>
  );
};
