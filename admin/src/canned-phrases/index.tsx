import ShortTextIcon from '@mui/icons-material/ShortText';
import {
  BooleanField,
  Create,
  Datagrid,
  Edit,
  List,
  required,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
} from 'react-admin';

/** What a phrase is offered for; the order matches the API's. */
export const CANNED_PHRASE_CATEGORIES = [
  { id: 'hold', name: 'oms.canned_phrases.category.hold' },
  { id: 'cancel', name: 'oms.canned_phrases.category.cancel' },
  { id: 'memo', name: 'oms.canned_phrases.category.memo' },
  { id: 'mail', name: 'oms.canned_phrases.category.mail' },
];

const filters = [
  <SelectInput key="category" source="category" choices={CANNED_PHRASE_CATEGORIES} alwaysOn />,
  <TextInput key="q" source="q" label="ra.action.search" alwaysOn />,
];

/** 定型文: the reasons, memos and mail phrases staff choose from instead of typing them each time. */
const CannedPhraseList = () => (
  <List filters={filters} perPage={50} sort={{ field: 'category', order: 'ASC' }}>
    <Datagrid rowClick="edit">
      <SelectField source="category" choices={CANNED_PHRASE_CATEGORIES} />
      <TextField source="text" />
      <BooleanField source="shipped" sortable={false} />
    </Datagrid>
  </List>
);

const PhraseForm = () => (
  <SimpleForm>
    <SelectInput source="category" choices={CANNED_PHRASE_CATEGORIES} validate={required()} />
    <TextInput source="text" fullWidth multiline validate={required()} />
  </SimpleForm>
);

const CannedPhraseCreate = () => (
  <Create redirect="list">
    <PhraseForm />
  </Create>
);

const CannedPhraseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <PhraseForm />
  </Edit>
);

export default {
  list: CannedPhraseList,
  create: CannedPhraseCreate,
  edit: CannedPhraseEdit,
  icon: ShortTextIcon,
  recordRepresentation: 'text',
};
