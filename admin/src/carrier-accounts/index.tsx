import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { Datagrid, Edit, FunctionField, List, SimpleForm, TextField, TextInput, useRecordContext } from 'react-admin';
import { CARRIER_ACCOUNT_FIELDS, type CarrierAccountField } from '../../../domain/carrier-accounts/carrier-accounts';
import type { Carrier } from '../../../domain/shared/carrier';
import { CarrierName } from '../shops/carriers';

/** 運送会社アカウント: the codes written on every label of each carrier; 'other' has none. */
const CarrierAccountList = () => (
  <List pagination={false} exporter={false} actions={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <FunctionField<{ carrier: string }> source="carrier" render={(r) => <CarrierName carrier={r.carrier} />} />
      <TextField source="customerCode" />
      <TextField source="classCode" />
      <TextField source="freightCode" />
      <TextField source="shipperCode" />
    </Datagrid>
  </List>
);

/** Only the codes the carrier's label data has a column for can be entered. */
const CarrierAccountFields = () => {
  const record = useRecordContext<{ carrier: Carrier }>();
  const fields: readonly CarrierAccountField[] = record ? CARRIER_ACCOUNT_FIELDS[record.carrier] : [];
  return (
    <>
      {fields.map((field) => (
        <TextInput key={field} source={field} helperText={`resources.carrier-accounts.help.${field}`} />
      ))}
    </>
  );
};

const CarrierAccountEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <FunctionField<{ carrier: string }> source="carrier" render={(r) => <CarrierName carrier={r.carrier} />} />
      <CarrierAccountFields />
    </SimpleForm>
  </Edit>
);

export default { list: CarrierAccountList, edit: CarrierAccountEdit, icon: LocalShippingIcon };
