import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import { Datagrid, DateField, FunctionField, List, TextField } from 'react-admin';
import { CarrierName } from '../shops/carriers';
import { CustomLabelLayoutCreate, CustomLabelLayoutEdit } from './CustomLabelLayoutForm';

interface Row {
  readonly layout: { readonly carrier: string | null; readonly columns: readonly unknown[] };
}

/** カスタム送り状: the tenant's own label layouts, exported as 「custom:名前」. */
const CustomLabelLayoutList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <Datagrid bulkActionButtons={false} rowClick="edit">
      <TextField source="name" />
      <TextField source="layoutName" sortable={false} />
      <FunctionField<Row>
        source="carrier"
        sortable={false}
        render={(r) => <CarrierName carrier={r.layout.carrier} />}
      />
      <FunctionField<Row> source="columns" sortable={false} render={(r) => r.layout.columns.length} />
      <DateField source="updatedAt" sortable={false} showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
    </Datagrid>
  </List>
);

export default {
  list: CustomLabelLayoutList,
  create: CustomLabelLayoutCreate,
  edit: CustomLabelLayoutEdit,
  icon: ViewColumnIcon,
  recordRepresentation: 'name',
};
