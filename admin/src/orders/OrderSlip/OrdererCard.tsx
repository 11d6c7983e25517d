import { Box, Typography } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import type { Person } from '../../../../domain/order/order-data';
import { CustomerLinkField } from '../../customers/CustomerLinkField';
import { PersonBlock } from './PersonBlock';
import { SlipSection } from './SlipSection';

/** How often this buyer has ordered tells staff whether a first-time buyer's order needs a closer look. */
const PurchaseCount = ({ customerId }: { customerId: string }) => {
  const translate = useTranslate();
  const { data } = useGetOne<{ id: string; purchaseCount: number }>('customers', { id: customerId });
  if (!data) return null;
  return (
    <Typography component="span" variant="body2" sx={{ ml: 1 }}>
      {translate('oms.order_slip.purchase_count', { count: data.purchaseCount })}
    </Typography>
  );
};

/** 注文者: who ordered, with the customer they count for. */
export const OrdererCard = ({ orderer, customerId }: { orderer: Person; customerId: string | null }) => (
  <SlipSection title="oms.order_slip.orderer">
    <PersonBlock person={orderer} />
    <Box sx={{ mt: 1 }}>
      <CustomerLinkField />
      {customerId && <PurchaseCount customerId={customerId} />}
    </Box>
  </SlipSection>
);
