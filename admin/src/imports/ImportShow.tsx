import { DateField, FunctionField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { ImportStatus } from './ImportList';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { type ImportRecord, WATCH_MS } from './upload-import';

const Result = () => {
  const record = useRecordContext<ImportRecord>();
  if (!record) return null;
  return record.status === 'running' ? <ImportProgress counts={record.progress} /> : <ImportResult result={record} />;
};

/**
 * One import: when, who, which shop, format and files, then the same result the import screen showed. While it runs
 * it is read every second, showing the counts so far, until its result is in.
 */
export const ImportShow = () => (
  <Show
    queryOptions={{
      refetchInterval: (query: { state: { data?: ImportRecord } }) =>
        query.state.data?.status === 'running' ? WATCH_MS : false,
    }}
  >
    <SimpleShowLayout>
      <DateField source="startedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      <TextField source="shopName" />
      <TextField source="format" />
      <FunctionField<{ files: Array<{ name: string; size: number }> }>
        source="files"
        render={(r) => r.files.map((f) => f.name).join('、')}
      />
      <FunctionField<{ actor: string; actorName: string | null }>
        source="actorName"
        render={(r) => r.actorName ?? r.actor}
      />
      <FunctionField<{ status: string }> source="status" render={(r) => <ImportStatus status={r.status} />} />
      <Labeled label="oms.imports.result">
        <Result />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
