import { useRecordContext, useTranslate } from 'react-admin';

/** A route as staff read it: 新規受注 → 発送待ち → … → 処理済み. */
export const RouteFlow = ({ statuses }: { statuses: readonly string[] }) => {
  const translate = useTranslate();
  return <>{statuses.map((s) => translate(`oms.order_status.${s}`)).join(' → ')}</>;
};

export const RouteStatusesField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ statuses: string[] }>();
  return record ? <RouteFlow statuses={record.statuses} /> : null;
};
