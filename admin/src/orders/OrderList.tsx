import { Datagrid, DateField, DateInput, FunctionField, List, NumberField, SearchInput, SelectInput, TextField, TextInput, useTranslate } from 'react-admin';
import { OrderBulkActions } from './OrderBulkActions';
import { StatusTabs } from './StatusTabs';

const MALLS = ['rakuten', 'yahoo', 'amazon', 'qoo10', 'aupay', 'ponparemall', 'makeshop', 'colorme', 'futureshop', 'base', 'eccube', 'shopserve', 'phone', 'fax', 'store', 'other'];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="注文番号・氏名・カナ・電話・メール" />,
  <SelectInput key="mall" source="mall" choices={MALLS.map((id) => ({ id, name: `oms.malls.${id}` }))} />,
  <DateInput key="orderedFrom" source="orderedFrom" />,
  <DateInput key="orderedTo" source="orderedTo" />,
  <DateInput key="shipDateFrom" source="shipDateFrom" />,
  <DateInput key="deliveryDateFrom" source="deliveryDateFrom" />,
  <TextInput key="tag" source="tag" />,
];

const StatusName = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return <>{translate(`oms.order_status.${status}`)}</>;
};

/** 受注一覧: status tabs with counts, free search over names in any kana, bulk actions on the selection. */
export const OrderList = () => (
  <List filters={filters} filterDefaultValues={{ status: 'new' }} sort={{ field: 'orderedAt', order: 'DESC' }} perPage={50}>
    <StatusTabs />
    <Datagrid rowClick="show" bulkActionButtons={<OrderBulkActions />}>
      <TextField source="orderNumber" />
      <DateField source="orderedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      <FunctionField<{ mall: string }> source="mall" sortable={false} render={(r) => <MallName mall={r.mall} />} />
      <TextField source="ordererName" sortable={false} />
      <TextField source="ordererKana" sortable={false} />
      <NumberField source="billed" locales="ja-JP" options={{ style: 'currency', currency: 'JPY' }} />
      <FunctionField<{ status: string }> source="status" render={(r) => <StatusName status={r.status} />} />
      <TextField source="plannedShipDate" />
    </Datagrid>
  </List>
);

const MallName = ({ mall }: { mall: string }) => {
  const translate = useTranslate();
  return <>{translate(`oms.malls.${mall}`, { _: mall })}</>;
};
