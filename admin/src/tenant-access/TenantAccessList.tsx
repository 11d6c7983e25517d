import { CreateButton, Datagrid, DateField, DeleteButton, List, TextField, TopToolbar } from 'react-admin';
import { useCan } from '../auth/useCan';
import { PermissionsField } from './PermissionsField';

/** 代理店ユーザー: staff of other tenants who may switch into this one (ID切り替え). */
export const TenantAccessList = () => {
  const canManage = useCan('users.manage');
  return (
    <List pagination={false} actions={<TopToolbar>{canManage && <CreateButton />}</TopToolbar>}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="homeTenantCode" sortable={false} />
        <TextField source="username" sortable={false} />
        <TextField source="displayName" sortable={false} />
        <PermissionsField source="permissions" />
        <DateField source="grantedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} sortable={false} />
        {canManage && <DeleteButton mutationMode="pessimistic" />}
      </Datagrid>
    </List>
  );
};
