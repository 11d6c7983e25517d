import { Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  Create,
  Edit,
  FormDataConsumer,
  NumberInput,
  required,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { carrierChoices } from '../shops/carriers';
import { fieldLabelKey, fromFormValues, LABEL_FIELDS, type LayoutFormValues, toFormValues } from './layout-form-values';

const fieldChoices = LABEL_FIELDS.map((id) => ({ id, name: fieldLabelKey(id) }));
const kindChoices = ['field', 'fixed', 'join'].map((id) => ({ id, name: `oms.custom_label_layouts.kinds.${id}` }));
const encodingChoices = [
  { id: 'cp932', name: 'oms.custom_label_layouts.cp932' },
  { id: 'utf8', name: 'oms.custom_label_layouts.utf8' },
];
const anyCarrier = [{ id: '', name: 'oms.custom_label_layouts.any_carrier' }, ...carrierChoices];

/** Columns in file order; each prints a field, a fixed text or fields joined. The source inputs follow the kind. */
const LayoutForm = ({ creating }: { creating: boolean }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  return (
    <SimpleForm record={toFormValues(record as Parameters<typeof toFormValues>[0])}>
      <TextInput
        source="name"
        validate={required()}
        disabled={!creating}
        helperText="oms.custom_label_layouts.name_help"
        label="resources.custom-label-layouts.fields.name"
      />
      <SelectInput
        source="carrier"
        choices={anyCarrier}
        label="resources.custom-label-layouts.fields.carrier"
        emptyValue=""
        emptyText="oms.custom_label_layouts.any_carrier"
      />
      <SelectInput
        source="encoding"
        choices={encodingChoices}
        validate={required()}
        label="resources.custom-label-layouts.fields.encoding"
      />
      <BooleanInput source="header" label="resources.custom-label-layouts.fields.header" />
      <Typography variant="h6">{translate('oms.custom_label_layouts.columns')}</Typography>
      <ArrayInput source="columns" label={false}>
        <SimpleFormIterator inline>
          <TextInput source="header" label="oms.custom_label_layouts.column_header" />
          <SelectInput
            source="kind"
            choices={kindChoices}
            validate={required()}
            defaultValue="field"
            label="oms.custom_label_layouts.kind"
          />
          <FormDataConsumer>
            {({ scopedFormData }) => {
              const kind = (scopedFormData as { kind?: string } | undefined)?.kind ?? 'field';
              if (kind === 'fixed') return <TextInput source="fixed" label="oms.custom_label_layouts.fixed" />;
              if (kind === 'join')
                return (
                  <>
                    <SelectArrayInput
                      source="join"
                      choices={fieldChoices}
                      label="oms.custom_label_layouts.join"
                      sx={{ minWidth: 240 }}
                    />
                    <TextInput source="separator" label="oms.custom_label_layouts.separator" defaultValue=" " />
                  </>
                );
              return (
                <SelectInput
                  source="field"
                  choices={fieldChoices}
                  validate={required()}
                  label="oms.custom_label_layouts.field"
                />
              );
            }}
          </FormDataConsumer>
          <NumberInput source="limit" label="oms.custom_label_layouts.limit" min={1} />
        </SimpleFormIterator>
      </ArrayInput>
      <Typography variant="h6">{translate('oms.custom_label_layouts.tracking')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('oms.custom_label_layouts.tracking_help')}
      </Typography>
      <NumberInput source="keyColumn" label="resources.custom-label-layouts.fields.keyColumn" min={1} />
      <NumberInput
        source="trackingNumberColumn"
        label="resources.custom-label-layouts.fields.trackingNumberColumn"
        min={1}
      />
    </SimpleForm>
  );
};

export const CustomLabelLayoutCreate = () => (
  <Create redirect="list" transform={(values: LayoutFormValues) => fromFormValues(values)}>
    <LayoutForm creating />
  </Create>
);

/** The name is the layout's key (custom:名前), so editing changes everything else. */
export const CustomLabelLayoutEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="list"
    transform={(values: LayoutFormValues) => {
      const { name: _name, ...rest } = values;
      return fromFormValues(rest);
    }}
  >
    <LayoutForm creating={false} />
  </Edit>
);
