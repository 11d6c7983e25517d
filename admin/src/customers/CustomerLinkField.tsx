import { Link, useRecordContext, useTranslate } from 'react-admin';

/** On an order: a link to the customer it counts for (their purchase history), or "-" when it has none. */
export const CustomerLinkField = (_props: { label?: string }) => {
  const record = useRecordContext<{ customerId?: string | null }>();
  const translate = useTranslate();
  if (!record?.customerId) return <>-</>;
  return <Link to={`/customers/${record.customerId}/show`}>{translate('oms.customers.purchase_history')}</Link>;
};
