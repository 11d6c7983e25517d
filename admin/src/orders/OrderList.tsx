import {
  BooleanInput,
  Datagrid,
  DateField,
  DateInput,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  SelectInput,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { AttentionBadges, type AttentionRow } from './AttentionBadges';
import { PrintedMarks } from '../documents/PrintedMarks';
import { TrackingLinks } from './TrackingLinks';
import { OrderBulkActions } from './OrderBulkActions';
import { OrderListActions } from './OrderListActions';
import { StatusTabs } from './StatusTabs';
import { HoldBoxField, HoldBoxFilter } from '../hold-boxes/HoldBoxField';
import { RouteFilter } from '../processing-routes/RouteFilter';
import { CarrierName } from '../shops/carriers';
import { MallName, mallChoices } from '../shops/malls';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="注文番号・氏名・カナ・電話・メール" />,
  <SelectInput key="mall" source="mall" choices={mallChoices} />,
  <DateInput key="orderedFrom" source="orderedFrom" />,
  <DateInput key="orderedTo" source="orderedTo" />,
  <DateInput key="shipDateFrom" source="shipDateFrom" />,
  <DateInput key="deliveryDateFrom" source="deliveryDateFrom" />,
  <DateInput key="deliveryDateTo" source="deliveryDateTo" />,
  <TextInput key="tag" source="tag" />,
  <HoldBoxFilter key="heldBox" source="heldBox" />,
  <RouteFilter key="routeId" source="routeId" />,
  // Added from the filter menu as "yes"; switched off it lists the orders without.
  <BooleanInput key="pendingChange" source="pendingChange" defaultValue={true} />,
  <BooleanInput key="amountProblems" source="amountProblems" defaultValue={true} />,
  // 処理実績未報告: shown switched on for resultsReported=false, the orders whose results were not written yet.
  <BooleanInput
    key="resultsReported"
    source="resultsReported"
    defaultValue={false}
    format={(reported?: boolean) => reported === false}
    parse={(unreported: boolean) => !unreported}
  />,
];

const StatusName = ({ status }: { status: string }) => {
  const translate = useTranslate();
  return <>{translate(`oms.order_status.${status}`)}</>;
};

/** 受注一覧: status tabs with counts, free search over names in any kana, bulk actions on the selection. */
export const OrderList = () => (
  <List
    filters={filters}
    actions={<OrderListActions />}
    filterDefaultValues={{ status: 'new' }}
    sort={{ field: 'orderedAt', order: 'DESC' }}
    perPage={50}
  >
    <StatusTabs />
    <Datagrid rowClick="show" bulkActionButtons={<OrderBulkActions />}>
      <TextField source="orderNumber" />
      <DateField source="orderedAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      <FunctionField<{ mall: string }> source="mall" sortable={false} render={(r) => <MallName mall={r.mall} />} />
      <TextField source="ordererName" sortable={false} />
      <TextField source="ordererKana" sortable={false} />
      <NumberField source="billed" locales="ja-JP" options={{ style: 'currency', currency: 'JPY' }} />
      <FunctionField<AttentionRow & { status: string }>
        source="status"
        render={(r) => (
          <>
            <StatusName status={r.status} />
            {r.status === 'held' && (
              <>
                （<HoldBoxField source="heldBox" />）
              </>
            )}
            <AttentionBadges row={r} />
          </>
        )}
      />
      <FunctionField<{ carrier: string | null }>
        source="carrier"
        sortable={false}
        render={(r) => <CarrierName carrier={r.carrier} />}
      />
      <TextField source="plannedShipDate" />
      <FunctionField<{ printedKinds?: string[]; labelsExported?: boolean; resultsReported?: boolean }>
        source="printedKinds"
        sortable={false}
        render={(r) => (
          <PrintedMarks kinds={r.printedKinds} labelsExported={r.labelsExported} resultsReported={r.resultsReported} />
        )}
      />
      <FunctionField<{ trackingNumbers?: { destinationIndex: number; trackingNumber: string; url: string | null }[] }>
        source="trackingNumbers"
        sortable={false}
        render={(r) => <TrackingLinks numbers={r.trackingNumbers} />}
      />
    </Datagrid>
  </List>
);
