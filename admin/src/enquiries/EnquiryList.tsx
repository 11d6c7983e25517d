import { Link } from '@mui/material';
import { Datagrid, DateField, FunctionField, List, SelectInput, TextField, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { type EnquiryState, EnquiryStateChip } from './EnquiryStateChip';

export interface EnquiryRecord {
  readonly id: string;
  readonly orderId: string;
  readonly orderNumber: string | null;
  readonly state: EnquiryState;
  readonly lastMessageAt: string;
  readonly lastFrom: 'buyer' | 'shop';
  readonly messageCount: number;
  readonly excerpt: string;
}

export const ENQUIRY_STATES = [
  { id: 'open', name: 'oms.enquiries.states.open' },
  { id: 'in_progress', name: 'oms.enquiries.states.in_progress' },
  { id: 'done', name: 'oms.enquiries.states.done' },
];

const filters = [<SelectInput key="state" source="state" choices={ENQUIRY_STATES} alwaysOn />];

/** The order number, linking to the order (the row itself opens the thread). */
export const OrderNumberLink = ({ record }: { record: EnquiryRecord }) => (
  <Link
    component={RouterLink}
    to={`/orders/${encodeURIComponent(record.orderId)}/show`}
    onClick={(event) => event.stopPropagation()}
  >
    {record.orderNumber ?? record.orderId}
  </Link>
);

/** 問い合わせ: 未対応 first, then 対応中, then 完了; within each the newest message first (the API's one order). */
export const EnquiryList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'lastMessageAt', order: 'DESC' }} perPage={50}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField<EnquiryRecord>
          source="state"
          sortable={false}
          render={(record) => <EnquiryStateChip state={record.state} />}
        />
        <FunctionField<EnquiryRecord>
          source="orderNumber"
          sortable={false}
          render={(record) => <OrderNumberLink record={record} />}
        />
        <DateField source="lastMessageAt" showTime sortable={false} />
        <FunctionField<EnquiryRecord>
          source="lastFrom"
          sortable={false}
          render={(record) => translate(`oms.enquiries.last_from.${record.lastFrom}`)}
        />
        <TextField source="excerpt" sortable={false} sx={{ whiteSpace: 'pre-line' }} />
      </Datagrid>
    </List>
  );
};
