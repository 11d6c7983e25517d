import {
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberField,
  type RaRecord,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';

const Actions = () => (
  <TopToolbar>
    <CreateButton label="oms.imports.new" />
  </TopToolbar>
);

export const ImportStatus = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return <>{translate(`oms.imports.status.${status}`, { _: status })}</>;
};

/** While an import on the page runs, the page is read again, so that its status and counts move without a reload. */
const LIST_WATCH_MS = 5000;
const whileRunning = (query: { state: { data?: { data?: readonly RaRecord[] } } }) =>
  query.state.data?.data?.some((i) => i.status === 'running') ? LIST_WATCH_MS : false;

/** 取込履歴: who brought which files of which shop when, and what came of it. */
export const ImportList = () => (
  <List
    sort={{ field: 'startedAt', order: 'DESC' }}
    exporter={false}
    actions={<Actions />}
    empty={false}
    queryOptions={{ refetchInterval: whileRunning }}
  >
    <Datagrid bulkActionButtons={false} rowClick="show">
      <DateField source="startedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      <TextField source="shopName" sortable={false} />
      <TextField source="format" sortable={false} />
      <FunctionField<{ files: Array<{ name: string }> }>
        source="files"
        sortable={false}
        render={(r) => r.files.map((f) => f.name).join('、')}
      />
      <FunctionField<{ actor: string; actorName: string | null }>
        source="actorName"
        sortable={false}
        render={(r) => r.actorName ?? r.actor}
      />
      <FunctionField<{ status: string }>
        source="status"
        sortable={false}
        render={(r) => <ImportStatus status={r.status} />}
      />
      <NumberField source="imported" />
      <NumberField source="updated" sortable={false} />
      <NumberField source="unchanged" sortable={false} />
      <NumberField source="failed" />
    </Datagrid>
  </List>
);
