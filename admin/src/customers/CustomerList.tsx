import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  NullableBooleanInput,
  NumberField,
  NumberInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { BlacklistChip } from './BlacklistChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="氏名・カナ・電話・メール" />,
  <NullableBooleanInput key="blacklisted" source="blacklisted" />,
  <NumberInput key="minPurchaseCount" source="minPurchaseCount" min={0} step={1} />,
];

/** 顧客一覧: buyers recognised across malls by e-mail or phone, with how often and how much they bought. */
export const CustomerList = () => (
  <List filters={filters} sort={{ field: 'lastPurchaseAt', order: 'DESC' }} perPage={50}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" sortable={false} />
      <TextField source="kana" />
      <TextField source="phone" sortable={false} />
      <TextField source="email" sortable={false} />
      <NumberField source="purchaseCount" />
      <NumberField source="totalBilled" locales="ja-JP" options={{ style: 'currency', currency: 'JPY' }} />
      <DateField source="lastPurchaseAt" showTime locales="ja-JP" options={{ timeZone: 'Asia/Tokyo' }} />
      <FunctionField<{ blacklistReason: string | null }>
        source="blacklisted"
        sortable={false}
        render={(r) => <BlacklistChip reason={r.blacklistReason} />}
      />
    </Datagrid>
  </List>
);
