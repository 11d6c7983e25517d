import { BooleanField, DateField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const BulletinPostShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" variant="h6" />
      <TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="authorName" />
      <DateField source="publishedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      <BooleanField source="pinned" />
    </SimpleShowLayout>
  </Show>
);
