import AutoModeIcon from '@mui/icons-material/AutoModeOutlined';
import ArrowDownIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpIcon from '@mui/icons-material/ArrowUpward';
import { Switch } from '@mui/material';
import {
  BooleanInput,
  Button,
  CreateButton,
  Datagrid,
  Edit,
  FunctionField,
  List,
  SimpleForm,
  TextField,
  TextInput,
  Title,
  TopToolbar,
  useListContext,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
} from 'react-admin';
import { useState } from 'react';
import { Card, CardContent } from '@mui/material';
import type { AutomationRule } from '../../../domain/automation/rule';
import { useCan } from '../auth/useCan';
import { httpClient } from '../dataProvider/http-client';
import { DryRun } from './DryRun';
import { ActionInputs, ConditionInputs } from './RuleInputs';
import { RuleSummary } from './RuleSummary';
import { ruleOfForm, saveBody } from './rule-of-form';

type RuleRecord = AutomationRule & { position: number; summary: string };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Move up / down: the whole order sent again with two neighbours swapped. */
const MoveButtons = ({ record }: { record: RuleRecord }) => {
  const { data = [] } = useListContext<RuleRecord>();
  const refresh = useRefresh();
  const notify = useNotify();
  const move = (by: number) => {
    const ids = data.map((r) => r.id);
    const at = ids.indexOf(record.id);
    if (at + by < 0 || at + by >= ids.length) return;
    [ids[at], ids[at + by]] = [ids[at + by]!, ids[at]!];
    httpClient('/api/automation-rules/reorder', { method: 'POST', body: JSON.stringify({ ruleIds: ids }) })
      .then(refresh)
      .catch((error: unknown) => notify(errorText(error), { type: 'error' }));
  };
  return (
    <>
      <Button
        label="resources.automation-rules.move_up"
        onClick={(e) => (e.stopPropagation(), move(-1))}
        disabled={record.position === 0}
      >
        <ArrowUpIcon />
      </Button>
      <Button
        label="resources.automation-rules.move_down"
        onClick={(e) => (e.stopPropagation(), move(1))}
        disabled={record.position === data.length - 1}
      >
        <ArrowDownIcon />
      </Button>
    </>
  );
};

/** 有効 as a switch in the list: the rule saved again with `enabled` flipped, in its place. */
const EnabledToggle = ({ record }: { record: RuleRecord }) => {
  const refresh = useRefresh();
  const notify = useNotify();
  const canManage = useCan('settings.manage');
  const { position: _p, summary: _s, ...rule } = record;
  const toggle = () =>
    httpClient(`/api/automation-rules/${encodeURIComponent(record.id)}`, {
      method: 'PUT',
      body: JSON.stringify(saveBody({ ...rule, enabled: !record.enabled })),
    })
      .then(refresh)
      .catch((error: unknown) => notify(errorText(error), { type: 'error' }));
  return (
    <Switch
      checked={record.enabled}
      disabled={!canManage}
      onClick={(e) => e.stopPropagation()}
      onChange={toggle}
      slotProps={{ input: { 'aria-label': `${record.name} enabled` } }}
    />
  );
};

const ListActions = () => <TopToolbar>{useCan('settings.manage') && <CreateButton />}</TopToolbar>;

/** 自動処理設定: the rules in the order they run, each with its summary. */
const RuleList = () => {
  const canManage = useCan('settings.manage');
  return (
    <List pagination={false} exporter={false} actions={<ListActions />}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <FunctionField<RuleRecord> source="position" sortable={false} render={(r) => r.position + 1} />
        <FunctionField<RuleRecord> source="enabled" sortable={false} render={(r) => <EnabledToggle record={r} />} />
        <TextField source="name" sortable={false} />
        <TextField source="summary" sortable={false} />
        {canManage && (
          <FunctionField<RuleRecord>
            label="resources.automation-rules.order"
            render={(r) => <MoveButtons record={r} />}
          />
        )}
      </Datagrid>
    </List>
  );
};

const RuleForm = ({ ruleId, onSubmit }: { ruleId: string; onSubmit?: (values: Record<string, unknown>) => void }) => (
  <SimpleForm onSubmit={onSubmit} toolbar={useCan('settings.manage') ? undefined : false}>
    <TextInput source="name" label="resources.automation-rules.fields.name" fullWidth />
    <BooleanInput source="enabled" label="resources.automation-rules.fields.enabled" defaultValue={true} />
    <BooleanInput source="stop" label="resources.automation-rules.fields.stop" defaultValue={false} />
    <ConditionInputs />
    <ActionInputs />
    <RuleSummary />
    <DryRun ruleId={ruleId} />
  </SimpleForm>
);

/** What the form saves: the rule (without its id, the URL's) in its place. */
const transform = (values: Record<string, unknown>) => {
  const rule = ruleOfForm(values, String(values.id));
  return rule ? saveBody(rule) : { rule: values, position: null };
};

const RuleEdit = () => (
  <Edit mutationMode="pessimistic" transform={transform} redirect="list">
    <EditForm />
  </Edit>
);
const EditForm = () => <RuleForm ruleId={String(useRecordContext<RuleRecord>()?.id ?? 'draft')} />;

/** A new rule gets its id here and is saved with PUT, as any rule is. */
const RuleCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const [id] = useState(() => crypto.randomUUID());
  const save = (values: Record<string, unknown>) => {
    const rule = ruleOfForm(values, id);
    const body = rule ? saveBody(rule) : { rule: values, position: null };
    return httpClient(`/api/automation-rules/${id}`, { method: 'PUT', body: JSON.stringify(body) })
      .then(() => {
        notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
        redirect('list', 'automation-rules');
      })
      .catch((error: unknown) => notify(errorText(error), { type: 'error' }));
  };
  return (
    <Card>
      <Title title="resources.automation-rules.new" />
      <CardContent>
        <RuleForm ruleId={id} onSubmit={save} />
      </CardContent>
    </Card>
  );
};

export default { list: RuleList, edit: RuleEdit, create: RuleCreate, icon: AutoModeIcon, recordRepresentation: 'name' };
