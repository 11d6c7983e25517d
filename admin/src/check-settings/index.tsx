import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import { Box, Typography } from '@mui/material';
import {
  BooleanField,
  Datagrid,
  Edit,
  FormDataConsumer,
  FunctionField,
  List,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { CHECK_KINDS, type CheckSettings } from '../../../domain/checks/check-finding';
import { useCan } from '../auth/useCan';

type CheckSettingsRecord = CheckSettings & { id: string; shopName: string; custom: boolean };

const MODES = ['off', 'warn', 'hold'] as const;

const CheckSettingsList = () => {
  const translate = useTranslate();
  return (
    <List pagination={false} exporter={false} actions={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="shopName" sortable={false} />
        <BooleanField source="custom" sortable={false} />
        <FunctionField<CheckSettingsRecord>
          label="resources.check-settings.fields.holding"
          render={(r) =>
            CHECK_KINDS.filter((kind) => r.checks[kind].mode === 'hold')
              .map((kind) => translate(`oms.checks.kinds.${kind}`))
              .join('・') || '—'
          }
        />
      </Datagrid>
    </List>
  );
};

/** One row per check: しない / 警告 / 保留, and the box when it holds. */
const CheckRow = ({ kind }: { kind: (typeof CHECK_KINDS)[number] }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }} data-testid={`check-${kind}`}>
      <Typography sx={{ width: 180 }}>{translate(`oms.checks.kinds.${kind}`)}</Typography>
      <SelectInput
        source={`checks.${kind}.mode`}
        label="resources.check-settings.fields.mode"
        choices={MODES.map((mode) => ({ id: mode, name: `oms.checks.modes.${mode}` }))}
        helperText={false}
      />
      <FormDataConsumer<CheckSettingsRecord>>
        {({ formData }) =>
          formData.checks?.[kind]?.mode === 'hold' ? (
            <ReferenceInput source={`checks.${kind}.box`} reference="hold-boxes" perPage={30}>
              <SelectInput label="resources.check-settings.fields.box" optionText="name" helperText={false} />
            </ReferenceInput>
          ) : null
        }
      </FormDataConsumer>
    </Box>
  );
};

/** Keywords as one line each in the form; the API keeps a list. */
const keywordsFormat = (keywords: string[] | undefined) => (keywords ?? []).join('\n');
const keywordsParse = (text: string) => (text ?? '').split('\n');

const CheckSettingsEdit = () => {
  const canManage = useCan('settings.manage');
  return (
    <Edit mutationMode="pessimistic" redirect={false}>
      <SimpleForm toolbar={canManage ? undefined : false}>
        <TextField source="shopName" variant="h6" />
        {CHECK_KINDS.map((kind) => (
          <CheckRow key={kind} kind={kind} />
        ))}
        <NumberInput source="duplicateWithinHours" min={1} max={720} />
        <NumberInput source="maxDeliveryDaysAhead" min={1} max={365} />
        <TextInput
          source="remarkKeywords"
          multiline
          minRows={3}
          fullWidth
          format={keywordsFormat}
          parse={keywordsParse}
          helperText="resources.check-settings.help.keywords"
        />
      </SimpleForm>
    </Edit>
  );
};

export default {
  list: CheckSettingsList,
  edit: CheckSettingsEdit,
  icon: FactCheckIcon,
  recordRepresentation: 'shopName',
};
