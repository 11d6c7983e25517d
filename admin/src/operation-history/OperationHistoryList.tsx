import { Datagrid, DateField, FunctionField, List, TextField, useTranslate } from 'react-admin';

const EventName = ({ type }: { type: string }) => {
  const translate = useTranslate();
  return <>{translate(`oms.order_events.${type}`, { _: type })}</>;
};

/** 担当者処理履歴: every operation, newest first, with the staff member who did it. */
export const OperationHistoryList = () => (
  <List sort={{ field: 'occurredAt', order: 'DESC' }} perPage={50}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <DateField source="occurredAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      <FunctionField<{ actor: string; actorName: string | null }>
        source="actor"
        sortable={false}
        render={(r) => r.actorName ?? r.actor}
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
