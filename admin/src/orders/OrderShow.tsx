import { Box } from '@mui/material';
import { Show } from 'react-admin';
import { OrderEnquiries } from '../enquiries/OrderEnquiries';
import { CheckResultsPanel } from './CheckResultsPanel';
import { OrderSlip } from './OrderSlip';
import { OrderMailsPanel } from './mails/OrderMailsPanel';
import { OrderBundlePanel } from '../bundle-candidates/OrderBundlePanel';

/** 受注詳細: the whole 受注伝票 as rebuilt from the order's stream, its actions and its timeline, and its mails. */
export const OrderShow = () => (
  <Show>
    <Box sx={{ p: 2 }}>
      <OrderSlip />
      <Box sx={{ mt: 2 }}>
        <CheckResultsPanel />
        <OrderBundlePanel />
      </Box>
      <Box sx={{ mt: 2 }}>
        <OrderEnquiries />
      </Box>
      <Box sx={{ mt: 2 }}>
        <OrderMailsPanel />
      </Box>
    </Box>
  </Show>
);
