import { BooleanField, Datagrid, DateField, List, TextField } from 'react-admin';

/** 保存した検索条件: one's own first, then those colleagues shared; only one's own open for renaming. */
export const SavedSearchList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <Datagrid bulkActionButtons={false} rowClick={(_id, _resource, record) => (record.mine ? 'edit' : false)}>
      <TextField source="name" />
      <BooleanField source="shared" sortable={false} />
      <TextField source="ownerName" sortable={false} />
      <DateField source="savedAt" sortable={false} showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
    </Datagrid>
  </List>
);
