import TableChartIcon from '@mui/icons-material/TableChart';
import { Datagrid, DateField, List, TextField } from 'react-admin';
import { ImportMappingCreate, ImportMappingEdit } from './ImportMappingForm';

/** 取込設定: each shop's saved layouts, imported as 「custom:名前」. */
const ImportMappingList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <Datagrid bulkActionButtons={false} rowClick="edit">
      <TextField source="name" />
      <TextField source="shopName" sortable={false} />
      <DateField source="updatedAt" sortable={false} showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
    </Datagrid>
  </List>
);

export default {
  list: ImportMappingList,
  create: ImportMappingCreate,
  edit: ImportMappingEdit,
  icon: TableChartIcon,
  recordRepresentation: 'name',
};
