import { DateField, FunctionField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { BlacklistActions } from './BlacklistActions';
import { BlacklistChip } from './BlacklistChip';
import { PurchaseHistory } from './PurchaseHistory';

const tokyo = { locales: 'ja-JP', options: { timeZone: 'Asia/Tokyo' } } as const;

/** 顧客詳細: the buyer as on their first order, the totals, the blacklist and the purchase history. */
export const CustomerShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="kana" />
      <TextField source="phone" emptyText="-" />
      <TextField source="email" emptyText="-" />
      <NumberField source="purchaseCount" />
      <NumberField source="totalBilled" locales="ja-JP" options={{ style: 'currency', currency: 'JPY' }} />
      <DateField source="firstPurchaseAt" showTime emptyText="-" {...tokyo} />
      <DateField source="lastPurchaseAt" showTime emptyText="-" {...tokyo} />
      <FunctionField<{ blacklistReason: string | null }>
        source="blacklistReason"
        render={(r) =>
          r.blacklistReason === null ? (
            '-'
          ) : (
            <>
              <BlacklistChip reason={r.blacklistReason} /> {r.blacklistReason}
            </>
          )
        }
      />
      <BlacklistActions />
      <PurchaseHistory />
    </SimpleShowLayout>
  </Show>
);
