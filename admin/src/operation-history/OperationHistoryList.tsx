import { Datagrid, DateField, FunctionField, List, TextField, useTranslate } from 'react-admin';

interface Row {
  actor: string;
  actorName: string | null;
  eventType: string;
  rule: { id: string; name: string } | null;
}

/** What happened, with the automation rule that did it as the order's 処理履歴 says it: 「ルール『高額代引』により保留」. */
const EventName = ({ type, rule }: { type: string; rule: Row['rule'] }) => {
  const translate = useTranslate();
  const byRule = rule ? translate('oms.orders.by_rule', { name: rule.name }) : '';
  return <>{`${byRule}${translate(`oms.order_events.${type}`, { _: type })}`}</>;
};

const ActorName = ({ actor, name }: { actor: string; name: string | null }) => {
  const translate = useTranslate();
  // Not a staff member: the buyer on the マイページ, say.
  return <>{name ?? translate(`oms.actors.${actor}`, { _: actor })}</>;
};

/** 担当者処理履歴: every operation, newest first, with the staff member who did it. */
export const OperationHistoryList = () => (
  <List sort={{ field: 'occurredAt', order: 'DESC' }} perPage={50}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <DateField source="occurredAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      <FunctionField<Row>
        source="actor"
        sortable={false}
        render={(r) => <ActorName actor={r.actor} name={r.actorName} />}
      />
      <FunctionField<Row>
        source="eventType"
        sortable={false}
        render={(r) => <EventName type={r.eventType} rule={r.rule} />}
      />
      <TextField source="streamName" sortable={false} />
    </Datagrid>
  </List>
);
