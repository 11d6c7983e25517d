import { Box, Chip, Grid, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { deepEqual } from '../../../../domain/order/changes';
import { useRecordContext, useTranslate } from 'react-admin';
import { OrderTimeline } from '../OrderTimeline';
import { AmountProblemsAlert } from './AmountProblemsAlert';
import { AmountsTable, TaxByRateTable } from './AmountsTable';
import { ContentsEditButton } from './ContentsEditButton';
import { MallOriginalPanel } from './MallOriginalPanel';
import { OutdatedAlert } from './OutdatedAlert';
import { DestinationCard } from './DestinationCard';
import { OrderHeader } from './OrderHeader';
import { OrdererCard } from './OrdererCard';
import { PaymentGiftCard } from './PaymentGiftCard';
import { PendingChangePanel } from './PendingChangePanel';
import { PrintingSection } from './PrintingSection';
import { ShopFieldsEditor } from './ShopFieldsEditor';
import { SlipSection } from './SlipSection';
import { TrackingSection } from './TrackingSection';
import { isFullOrder, type OrderRecord } from './types';

/** A column's caption, saying whose data it is. */
const SideCaption = ({ title, help, action }: { title: string; help: string; action?: ReactNode }) => (
  <Box sx={{ mb: 1 }}>
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 'bold' }}>
        {title}
      </Typography>
      {action}
    </Stack>
    <Typography variant="caption" sx={{ color: 'text.secondary' }}>
      {help}
    </Typography>
  </Box>
);

/**
 * 受注伝票: the whole order as staff read it before they ship. The mall's data (left, as the mall or the phone desk sent
 * it) and the shop's own fields (right, edited in place) stay apart, because a re-import changes only the first.
 */
export const OrderSlip = () => {
  const record = useRecordContext<Partial<OrderRecord>>();
  const translate = useTranslate();
  if (!record) return null;
  if (!isFullOrder(record)) return <OrderHeader />;
  const { mallData, shopData } = record;
  const { mallOriginal } = record;
  const edited = !deepEqual(mallOriginal, mallData);
  return (
    <Stack spacing={2}>
      <OrderHeader />
      <AmountProblemsAlert problems={record.amountProblems} />
      <OutdatedAlert outdated={record.outdated ?? []} />
      {record.pendingChange && <PendingChangePanel change={record.pendingChange} mallData={mallData} />}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <SideCaption
            title={translate('oms.order_slip.mall_side', { mall: translate(`oms.malls.${record.mall}`) })}
            help={translate('oms.order_slip.mall_side_help')}
            action={
              <>
                {edited && <Chip size="small" color="info" label={translate('oms.contents_edit.edited')} />}
                <ContentsEditButton mallData={mallData} mallOriginal={mallOriginal} />
              </>
            }
          />
          <Stack spacing={2}>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 6 }}>
                <OrdererCard orderer={mallData.orderer} customerId={record.customerId} />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <PaymentGiftCard data={mallData} />
              </Grid>
            </Grid>
            {mallData.destinations.map((destination, index) => (
              <DestinationCard key={index} destination={destination} number={index + 1} />
            ))}
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 6 }}>
                <SlipSection title="oms.order_slip.amounts.title">
                  <AmountsTable amounts={mallData.amounts} />
                </SlipSection>
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <SlipSection title="oms.order_slip.amounts.tax_by_rate">
                  <TaxByRateTable taxByRate={mallData.amounts.taxByRate} />
                </SlipSection>
              </Grid>
            </Grid>
            {edited && <MallOriginalPanel mallOriginal={mallOriginal} />}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <SideCaption
            title={translate('oms.order_slip.shop_side')}
            help={translate('oms.order_slip.shop_side_help')}
          />
          <Stack spacing={2}>
            <ShopFieldsEditor shopData={shopData} />
            <TrackingSection
              destinations={mallData.destinations.length}
              links={record.trackingLinks ?? []}
              defaultCarrier={shopData.shipping?.carrier ?? 'yamato'}
            />
            {record.printing && <PrintingSection printing={record.printing} history={record.printingHistory ?? []} />}
            <Box>
              <OrderTimeline />
            </Box>
          </Stack>
        </Grid>
      </Grid>
    </Stack>
  );
};
