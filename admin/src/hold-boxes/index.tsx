import InboxIcon from '@mui/icons-material/Inbox';
import { Datagrid, Edit, FunctionField, Link, List, NumberField, SimpleForm, TextField, TextInput } from 'react-admin';

/** Where a box's count leads: the 保留 tab of the order list, filtered to that box. */
const heldOrdersPath = (box: number) =>
  `/orders?filter=${encodeURIComponent(JSON.stringify({ status: 'held', heldBox: box }))}`;

/** 保留ボックス: the 30 boxes with their names and how many orders each holds now. */
const HoldBoxList = () => (
  <List pagination={false} perPage={30} sort={{ field: 'id', order: 'ASC' }}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <NumberField source="id" />
      <TextField source="name" />
      <FunctionField<{ id: number; heldCount: number }>
        source="heldCount"
        render={(r) => (
          <Link to={heldOrdersPath(r.id)} onClick={(e: { stopPropagation(): void }) => e.stopPropagation()}>
            {r.heldCount}
          </Link>
        )}
      />
    </Datagrid>
  </List>
);

const HoldBoxEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <NumberField source="id" />
      {/* An empty name is allowed on purpose: it gives the box its default name back. */}
      <TextInput source="name" fullWidth helperText="oms.hold_boxes.name_help" parse={(v: string | null) => v ?? ''} />
    </SimpleForm>
  </Edit>
);

export default { list: HoldBoxList, edit: HoldBoxEdit, icon: InboxIcon, recordRepresentation: 'name' };
