import { Chip } from '@mui/material';
import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { MAIL_KIND_CHOICES } from './kinds';
import type { MailTemplateRecord } from './mailTemplatesApi';

const filters = [
  <ReferenceInput key="shopId" source="shopId" reference="shops" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={MAIL_KIND_CHOICES} alwaysOn />,
];

const Customised = () => {
  const translate = useTranslate();
  return (
    <FunctionField<MailTemplateRecord>
      source="customised"
      sortable={false}
      render={(record) =>
        record.customised ? (
          <Chip size="small" color="primary" label={translate('oms.mail_templates.customised')} />
        ) : (
          <Chip size="small" variant="outlined" label={translate('oms.mail_templates.default')} />
        )
      }
    />
  );
};

/** メールテンプレート: each shop's mail of each kind, its own or the product's default; a row opens the editor. */
export const MailTemplateList = () => (
  <List filters={filters} perPage={50} sort={{ field: 'shop', order: 'ASC' }} exporter={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="shopName" sortable={false} />
      <SelectField source="kind" choices={MAIL_KIND_CHOICES} sortable={false} />
      <TextField source="subject" sortable={false} />
      <Customised />
      <DateField source="updatedAt" showTime sortable={false} emptyText="-" />
    </Datagrid>
  </List>
);
