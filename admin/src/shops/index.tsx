import StorefrontIcon from '@mui/icons-material/Storefront';
import {
  Create,
  Datagrid,
  DateField,
  Edit,
  FunctionField,
  List,
  required,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
} from 'react-admin';
import { MallName, mallChoices } from './malls';

const ShopList = () => (
  <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name" />
      <FunctionField<{ mall: string }> source="mall" render={(r) => <MallName mall={r.mall} />} />
      <DateField source="registeredAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
    </Datagrid>
  </List>
);

const ShopCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="code" validate={required()} helperText="oms.shops.code_help" />
      <SelectInput source="mall" choices={mallChoices} validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
    </SimpleForm>
  </Create>
);

/** The code and mall key the shop's imported orders, so only the name can change. */
const ShopEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="code" disabled />
      <SelectInput source="mall" choices={mallChoices} disabled />
      <TextInput source="name" validate={required()} fullWidth />
    </SimpleForm>
  </Edit>
);

export default {
  list: ShopList,
  create: ShopCreate,
  edit: ShopEdit,
  icon: StorefrontIcon,
  recordRepresentation: 'name',
};
