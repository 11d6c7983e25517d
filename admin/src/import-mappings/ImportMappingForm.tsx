import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  Create,
  Edit,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import {
  columnSource,
  fromFormValues,
  MAPPING_FIELDS,
  type MappingFormValues,
  toFormValues,
} from './mapping-form-values';

const PAYMENT_METHODS = [
  'credit_card',
  'bank_transfer',
  'cash_on_delivery',
  'convenience_store',
  'deferred',
  'mall_payment',
  'cash',
  'other',
];
const paymentChoices = PAYMENT_METHODS.map((id) => ({ id, name: `oms.payment_methods.${id}` }));
const delimiterChoices = [
  { id: ',', name: 'oms.import_mappings.comma' },
  { id: '\t', name: 'oms.import_mappings.tab' },
];

/** Which column holds which field, how payment methods are worded, how dates are written. */
const MappingForm = ({ creating }: { creating: boolean }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  return (
    <SimpleForm record={toFormValues(record as Parameters<typeof toFormValues>[0])}>
      <ReferenceInput source="shopId" reference="shops" sort={{ field: 'code', order: 'ASC' }}>
        <SelectInput
          optionText="name"
          validate={required()}
          disabled={!creating}
          label="resources.import-mappings.fields.shopId"
        />
      </ReferenceInput>
      <TextInput
        source="name"
        validate={required()}
        disabled={!creating}
        helperText="oms.import_mappings.name_help"
        label="resources.import-mappings.fields.name"
      />
      <SelectInput
        source="delimiter"
        choices={delimiterChoices}
        validate={required()}
        label="oms.import_mappings.delimiter"
      />
      <BooleanInput source="header" label="oms.import_mappings.header" helperText="oms.import_mappings.header_help" />
      <Typography variant="h6">{translate('oms.import_mappings.columns')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('oms.import_mappings.columns_help')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
        {MAPPING_FIELDS.map(({ field, label, required: needed }) => (
          <TextInput
            key={field}
            source={columnSource(field)}
            label={label}
            validate={needed ? required() : undefined}
          />
        ))}
      </Box>
      <Typography variant="h6">{translate('oms.import_mappings.payments')}</Typography>
      <ArrayInput source="payments" label={false}>
        <SimpleFormIterator inline>
          <TextInput source="wording" label="oms.import_mappings.wording" />
          <SelectInput source="method" choices={paymentChoices} label="oms.import_mappings.method" />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput
        source="dateFormat"
        label="oms.import_mappings.date_format"
        helperText="oms.import_mappings.date_format_help"
      />
      <TextInput
        source="cancelled"
        label="oms.import_mappings.cancelled"
        helperText="oms.import_mappings.cancelled_help"
        fullWidth
      />
    </SimpleForm>
  );
};

export const ImportMappingCreate = () => (
  <Create redirect="list" transform={(values: MappingFormValues) => fromFormValues(values)}>
    <MappingForm creating />
  </Create>
);

export const ImportMappingEdit = () => {
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="list"
      transform={(values: MappingFormValues, options?: { previousData?: unknown }) =>
        fromFormValues(values, options?.previousData as never)
      }
    >
      <MappingForm creating={false} />
    </Edit>
  );
};
