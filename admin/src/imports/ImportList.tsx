import { Datagrid, DateField, FunctionField, List, NumberField, TextField, TopToolbar, CreateButton, useTranslate } from 'react-admin';

const Actions = () => (
  <TopToolbar>
    <CreateButton label="oms.imports.new" />
  </TopToolbar>
);

export const ImportStatus = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return <>{translate(`oms.imports.status.${status}`, { _: status })}</>;
};

/** 取込履歴: who brought which files of which shop when, and what came of it. */
export const ImportList = () => (
  <List sort={{ field: 'startedAt', order: 'DESC' }} exporter={false} actions={<Actions />} empty={false}>
    <Datagrid bulkActionButtons={false} rowClick="show">
      <DateField source="startedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      <TextField source="shopName" sortable={false} />
      <TextField source="format" sortable={false} />
      <FunctionField<{ files: Array<{ name: string }> }> source="files" sortable={false} render={(r) => r.files.map((f) => f.name).join('、')} />
      <FunctionField<{ actor: string; actorName: string | null }> source="actorName" sortable={false} render={(r) => r.actorName ?? r.actor} />
      <FunctionField<{ status: string }> source="status" sortable={false} render={(r) => <ImportStatus status={r.status} />} />
      <NumberField source="imported" />
      <NumberField source="updated" sortable={false} />
      <NumberField source="unchanged" sortable={false} />
      <NumberField source="failed" />
    </Datagrid>
  </List>
);
