import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Grid, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MallOrderData } from '../../../../domain/order/order-data';
import { AmountsTable, TaxByRateTable } from './AmountsTable';
import { DestinationCard } from './DestinationCard';

/** モール受注時の内容: the order as its mall last sent it, before staff edits, folded away until asked for. */
export const MallOriginalPanel = ({ mallOriginal }: { mallOriginal: MallOrderData }) => {
  const translate = useTranslate();
  return (
    <Accordion variant="outlined" disableGutters>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography sx={{ fontWeight: 'bold' }}>{translate('oms.contents_edit.mall_original')}</Typography>
      </AccordionSummary>
      <AccordionDetails>
        <Stack spacing={2}>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {translate('oms.contents_edit.mall_original_help')}
          </Typography>
          {mallOriginal.destinations.map((destination, index) => (
            <DestinationCard key={index} destination={destination} number={index + 1} />
          ))}
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
              <AmountsTable amounts={mallOriginal.amounts} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <TaxByRateTable taxByRate={mallOriginal.amounts.taxByRate} />
            </Grid>
          </Grid>
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
};
