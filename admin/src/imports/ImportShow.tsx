import { DateField, FunctionField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { ImportStatus } from './ImportList';
import { ImportResult } from './ImportResult';
import type { ImportRecord } from './upload-import';

const Result = () => {
  const record = useRecordContext<ImportRecord>();
  return record ? <ImportResult result={record} /> : null;
};

/** One import: when, who, which shop, format and files, then the same result the import screen showed. */
export const ImportShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateField source="startedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      <TextField source="shopName" />
      <TextField source="format" />
      <FunctionField<{ files: Array<{ name: string; size: number }> }> source="files" render={(r) => r.files.map((f) => f.name).join('、')} />
      <FunctionField<{ actor: string; actorName: string | null }> source="actorName" render={(r) => r.actorName ?? r.actor} />
      <FunctionField<{ status: string }> source="status" render={(r) => <ImportStatus status={r.status} />} />
      <Labeled label="oms.imports.result">
        <Result />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
