import { Typography } from '@mui/material';
import {
  CheckboxGroupInput,
  FormDataConsumer,
  required,
  SimpleForm,
  TextInput,
  Toolbar,
  SaveButton,
  DeleteButton,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { RouteFlow } from './RouteStatusesField';
import { inCanonicalOrder, WORKFLOW_STATUSES } from './workflow';

const FormToolbar = () => {
  const record = useRecordContext<{ standard?: boolean }>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {record && !record.standard && (
        <DeleteButton
          mutationMode="pessimistic"
          confirmTitle="oms.routes.retire_title"
          confirmContent="oms.routes.retire_content"
        />
      )}
    </Toolbar>
  );
};

/**
 * 処理ルートの編集: the statuses are ticked in the canonical order and saved in it; the flow below shows the route as
 * orders will go through it. The standard route's statuses are fixed (only its name can change).
 */
export const ProcessingRouteForm = () => {
  const record = useRecordContext<{ standard?: boolean }>();
  const translate = useTranslate();
  return (
    <SimpleForm toolbar={<FormToolbar />}>
      <TextInput source="name" validate={required()} fullWidth />
      <CheckboxGroupInput
        source="statuses"
        row={false}
        disabled={record?.standard}
        choices={WORKFLOW_STATUSES.map((id) => ({ id, name: `oms.order_status.${id}` }))}
        parse={inCanonicalOrder}
        format={inCanonicalOrder}
        helperText="oms.routes.statuses_help"
      />
      <FormDataConsumer<{ statuses?: string[] }>>
        {({ formData }) => (
          <Typography variant="body2" data-testid="route-flow">
            {translate('oms.routes.flow')}: <RouteFlow statuses={inCanonicalOrder(formData.statuses)} />
          </Typography>
        )}
      </FormDataConsumer>
    </SimpleForm>
  );
};
