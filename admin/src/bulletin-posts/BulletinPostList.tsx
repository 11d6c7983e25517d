import { BooleanInput, Datagrid, DateField, FunctionField, List, SearchInput, TextField } from 'react-admin';
import { PinnedIcon } from './PinnedIcon';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="件名・本文" />,
  <BooleanInput key="pinned" source="pinned" />,
];

/** 社内共通掲示板: pinned notices first, then the newest. */
export const BulletinPostList = () => (
  <List filters={filters} sort={{ field: 'publishedAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <FunctionField<{ pinned: boolean }> source="pinned" render={(r) => <PinnedIcon pinned={r.pinned} />} />
      <TextField source="title" />
      <TextField source="authorName" sortable={false} />
      <DateField source="publishedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      <DateField source="updatedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
    </Datagrid>
  </List>
);
