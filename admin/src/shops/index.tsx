import StorefrontIcon from '@mui/icons-material/Storefront';
import {
  Create,
  Datagrid,
  DateField,
  Edit,
  FunctionField,
  List,
  maxValue,
  minValue,
  NumberInput,
  required,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
} from 'react-admin';
import { HOLD_BOXES } from '../../../domain/order/status';
import { carrierChoices } from './carriers';
import { DocumentSettingsSection } from './DocumentSettingsSection';
import { MyPageDesignSection } from './MyPageDesignSection';
import { HolidayCalendarInput } from './HolidayCalendarInput';
import { MallName, mallChoices } from './malls';
import { UntrackedSlipTypesInput } from './UntrackedSlipTypesInput';

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

/**
 * The code and mall key the shop's imported orders, so they stay. The name, the defaults new orders get (carrier, slip
 * types, planned ship date as order day + N business days) and the 休業日 can change. Below, the shop's 帳票設定 with a
 * form of its own.
 */
const ShopEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="code" disabled />
      <SelectInput source="mall" choices={mallChoices} disabled />
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput
        source="defaultCarrier"
        choices={carrierChoices}
        emptyText="oms.shops.no_default"
        parse={(value: string) => value || null}
      />
      <TextInput source="defaultSlipType" helperText="oms.shops.slip_type_help" />
      <TextInput source="codSlipType" helperText="oms.shops.cod_slip_type_help" />
      <NumberInput
        source="shipLeadDays"
        min={0}
        max={45}
        step={1}
        validate={[minValue(0), maxValue(45)]}
        helperText="oms.shops.lead_days_help"
      />
      <HolidayCalendarInput source="holidays" />
      <NumberInput
        source="amountsHoldBox"
        min={1}
        max={HOLD_BOXES}
        step={1}
        validate={[required(), minValue(1), maxValue(HOLD_BOXES)]}
        helperText="oms.shops.amounts_hold_box_help"
      />
      <UntrackedSlipTypesInput />
    </SimpleForm>
    <DocumentSettingsSection />
    <MyPageDesignSection />
  </Edit>
);

export default {
  list: ShopList,
  create: ShopCreate,
  edit: ShopEdit,
  icon: StorefrontIcon,
  recordRepresentation: 'name',
};
