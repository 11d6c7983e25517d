import LabelIcon from '@mui/icons-material/Label';
import {
  Create,
  Datagrid,
  DateField,
  Edit,
  List,
  maxLength,
  required,
  SearchInput,
  SimpleForm,
  TextField,
  TextInput,
} from 'react-admin';
import { PRINT_NAME_LIMITS } from '../../../domain/print-names/print-names';

/** 帳票商品名: the name a SKU prints under on documents, instead of the mall's long search-engine title. */
const PrintNameList = () => (
  <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'sku', order: 'ASC' }}>
    <Datagrid rowClick="edit">
      <TextField source="sku" />
      <TextField source="name" />
      <DateField source="updatedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
    </Datagrid>
  </List>
);

const PrintNameCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="sku" validate={[required(), maxLength(PRINT_NAME_LIMITS.sku)]} />
      <TextInput source="name" validate={[required(), maxLength(PRINT_NAME_LIMITS.name)]} fullWidth />
    </SimpleForm>
  </Create>
);

/** The SKU is the record's id: to print another SKU's name, add that SKU. */
const PrintNameEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TextInput source="sku" disabled />
      <TextInput source="name" validate={[required(), maxLength(PRINT_NAME_LIMITS.name)]} fullWidth />
    </SimpleForm>
  </Edit>
);

export default {
  list: PrintNameList,
  create: PrintNameCreate,
  edit: PrintNameEdit,
  icon: LabelIcon,
  recordRepresentation: 'name',
};
