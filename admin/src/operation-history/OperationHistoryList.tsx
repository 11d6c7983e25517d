import { Datagrid, DateField, FunctionField, List, TextField, useTranslate } from 'react-admin';

const EventName = ({ type }: { type: string }) => {
  const translate = useTranslate();
  return <>{translate(`oms.order_events.${type}`, { _: type })}</>;
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
      <FunctionField<{ actor: string; actorName: string | null }>
        source="actor"
        sortable={false}
        render={(r) => <ActorName actor={r.actor} name={r.actorName} />}
      />
      <FunctionField<{ eventType: string }>
        source="eventType"
        sortable={false}
        render={(r) => <EventName type={r.eventType} />}
      />
      <TextField source="streamName" sortable={false} />
    </Datagrid>
  </List>
);
