import { Box } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { CHECK_KINDS } from '../../../domain/checks/check-finding';
import { PREFECTURES } from '../../../domain/checks/normalise';
import { TemplateMailKind } from '../../../domain/mail/mail-kind';
import { Mall } from '../../../domain/order/order-data';
import { PAYMENT_METHOD_LABELS } from '../../../domain/shared/payment-method';
import type { RuleAction, RuleCondition } from '../../../domain/automation/rule';
import { carrierChoices } from '../shops/carriers';
import { RankInput } from './RankInput';

const FIELDS: RuleCondition['field'][] = [
  'shop', 'mall', 'payment', 'total', 'sku', 'product_name', 'quantity', 'prefecture', 'postal_range',
  'destination_count', 'gift', 'delivery_date_set', 'time_slot', 'remarks', 'purchase_count', 'rank', 'tag', 'check',
]; // prettier-ignore
const ACTIONS: RuleAction['kind'][] = [
  'tag', 'route', 'hold', 'shipping', 'ship_date_offset', 'add_item', 'shop_memo', 'slip_note', 'individual_message',
  'mail', 'edit_remarks', 'bundle',
]; // prettier-ignore
/** The mails a rule can mark an order for: those sent from the shop's templates, named as the template screen names them. */
const MAIL_KINDS = Object.keys(TemplateMailKind.keys);
const L = (key: string) => `resources.automation-rules.inputs.${key}`;
const noHelp = { helperText: false } as const;

const choices = (ids: readonly string[], label: (id: string) => string) => ids.map((id) => ({ id, name: label(id) }));

const Range = () => (
  <>
    <NumberInput source="min" label={L('min')} {...noHelp} />
    <NumberInput source="max" label={L('max')} {...noHelp} />
  </>
);

/** The inputs a condition's field needs. */
const ConditionValue = ({ field }: { field: RuleCondition['field'] | undefined }) => {
  switch (field) {
    case 'shop':
      return (
        <ReferenceArrayInput source="shopIds" reference="shops">
          <SelectArrayInput label={L('shops')} optionText="name" {...noHelp} />
        </ReferenceArrayInput>
      );
    case 'mall':
      return (
        <SelectArrayInput
          source="malls"
          label={L('malls')}
          choices={choices(Object.keys(Mall.keys), (m) => `oms.malls.${m}`)}
          {...noHelp}
        />
      );
    case 'payment':
      return (
        <SelectArrayInput
          source="methods"
          label={L('methods')}
          choices={Object.entries(PAYMENT_METHOD_LABELS).map(([id, name]) => ({ id, name }))}
          {...noHelp}
        />
      );
    case 'total':
    case 'quantity':
    case 'destination_count':
    case 'purchase_count':
      return <Range />;
    case 'sku':
    case 'product_name':
    case 'time_slot':
    case 'remarks':
      return <TextInput source="contains" label={L('contains')} parse={(v: string | null) => v ?? ''} {...noHelp} />;
    case 'prefecture':
      return (
        <SelectArrayInput
          source="prefectures"
          label={L('prefectures')}
          choices={choices(PREFECTURES, (p) => p)}
          {...noHelp}
        />
      );
    case 'postal_range':
      return (
        <>
          <TextInput source="from" label={L('from')} {...noHelp} />
          <TextInput source="to" label={L('to')} {...noHelp} />
        </>
      );
    case 'gift':
    case 'delivery_date_set':
      return <BooleanInput source="is" label={L('is')} defaultValue={true} {...noHelp} />;
    case 'rank':
      return <RankInput />;
    case 'tag':
      return <TextInput source="tag" label={L('tag')} {...noHelp} />;
    case 'check':
      return (
        <SelectInput
          source="check"
          label={L('check')}
          choices={choices(CHECK_KINDS, (k) => `oms.checks.kinds.${k}`)}
          {...noHelp}
        />
      );
    default:
      return null;
  }
};

/** The inputs an action's kind needs. */
const ActionValue = ({ kind }: { kind: RuleAction['kind'] | undefined }) => {
  switch (kind) {
    case 'tag':
      return <TextInput source="tag" label={L('tag')} {...noHelp} />;
    case 'route':
      return (
        <ReferenceInput source="routeId" reference="processing-routes">
          <SelectInput label={L('route')} optionText="name" {...noHelp} />
        </ReferenceInput>
      );
    case 'hold':
      return (
        <>
          <ReferenceInput source="box" reference="hold-boxes" perPage={30}>
            <SelectInput
              label={L('box')}
              optionText={(b: { id: number; name: string }) => `${b.id} ${b.name}`}
              {...noHelp}
            />
          </ReferenceInput>
          <TextInput source="reason" label={L('reason')} {...noHelp} />
        </>
      );
    case 'shipping':
      return (
        <>
          <SelectInput source="carrier" label={L('carrier')} choices={carrierChoices} {...noHelp} />
          <TextInput source="slipType" label={L('slipType')} {...noHelp} />
        </>
      );
    case 'ship_date_offset':
      return <NumberInput source="days" label={L('days')} {...noHelp} />;
    case 'add_item':
      return (
        <>
          <TextInput source="sku" label={L('sku')} {...noHelp} />
          <TextInput source="name" label={L('name')} {...noHelp} />
          <NumberInput source="unitPrice" label={L('unitPrice')} defaultValue={0} {...noHelp} />
          <NumberInput source="quantity" label={L('quantity')} defaultValue={1} {...noHelp} />
          <SelectInput
            source="taxRate"
            label={L('taxRate')}
            choices={[
              { id: 10, name: '10%' },
              { id: 8, name: '8%' },
            ]}
            defaultValue={10}
            {...noHelp}
          />
        </>
      );
    case 'shop_memo':
    case 'slip_note':
    case 'individual_message':
      return <TextInput source="text" label={L('text')} multiline {...noHelp} />;
    case 'mail':
      return (
        <SelectInput
          source="mailKind"
          label={L('mailKind')}
          choices={choices(MAIL_KINDS, (k) => `oms.mail_templates.kinds.${k}`)}
          {...noHelp}
        />
      );
    case 'edit_remarks':
      return (
        <>
          <BooleanInput
            source="edit.removeBoilerplate"
            label={L('removeBoilerplate')}
            defaultValue={true}
            {...noHelp}
          />
          <BooleanInput
            source="edit.parseDeliveryDate"
            label={L('parseDeliveryDate')}
            defaultValue={false}
            {...noHelp}
          />
        </>
      );
    default:
      return null;
  }
};

const matchChoices = [
  { id: 'all', name: 'resources.automation-rules.match.all' },
  { id: 'any', name: 'resources.automation-rules.match.any' },
];

/** Condition groups (すべて / いずれか), a row per condition: the field first, then what that field needs. */
export const ConditionInputs = () => (
  <Box sx={{ width: '100%' }}>
    <SelectInput
      source="conditions.match"
      label={L('groups_match')}
      choices={matchChoices}
      defaultValue="all"
      {...noHelp}
    />
    <ArrayInput source="conditions.groups" label={L('groups')}>
      <SimpleFormIterator disableReordering>
        <SelectInput source="match" label={L('match')} choices={matchChoices} defaultValue="all" {...noHelp} />
        <ArrayInput source="conditions" label={L('conditions')}>
          <SimpleFormIterator inline disableReordering>
            <SelectInput
              source="field"
              label={L('field')}
              choices={choices(FIELDS, (f) => `resources.automation-rules.fields_of_condition.${f}`)}
              {...noHelp}
            />
            <FormDataConsumer>
              {({ scopedFormData }) => <ConditionValue field={(scopedFormData as RuleCondition | undefined)?.field} />}
            </FormDataConsumer>
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleFormIterator>
    </ArrayInput>
  </Box>
);

export const ActionInputs = () => (
  <ArrayInput source="actions" label={L('actions')}>
    <SimpleFormIterator inline>
      <SelectInput
        source="kind"
        label={L('kind')}
        choices={choices(ACTIONS, (k) => `resources.automation-rules.action_kinds.${k}`)}
        {...noHelp}
      />
      <FormDataConsumer>
        {({ scopedFormData }) => <ActionValue kind={(scopedFormData as RuleAction | undefined)?.kind} />}
      </FormDataConsumer>
    </SimpleFormIterator>
  </ArrayInput>
);
