import { Grid } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Destination } from '../../../../domain/order/order-data';
import { dayWithWeekday } from './format';
import { LabelledValues } from './LabelledValues';
import { LinesTable } from './LinesTable';
import { PersonBlock } from './PersonBlock';
import { SlipSection } from './SlipSection';

/** 送付先: one parcel — who receives it, when they want it, and what goes in it. */
export const DestinationCard = ({ destination, number }: { destination: Destination; number: number }) => {
  const translate = useTranslate();
  const title = translate('oms.order_slip.destination', { n: number });
  const { desiredDate, timeSlot } = destination.delivery;
  const unspecified = translate('oms.order_slip.unspecified');
  return (
    <SlipSection title={title}>
      <Grid container spacing={2} sx={{ mb: 1 }}>
        <Grid size={{ xs: 12, sm: 7 }}>
          <PersonBlock person={destination.recipient} />
        </Grid>
        <Grid size={{ xs: 12, sm: 5 }}>
          <LabelledValues
            rows={[
              ['oms.order_slip.desired_date', desiredDate ? dayWithWeekday(desiredDate) : unspecified],
              ['oms.order_slip.time_slot', timeSlot ?? unspecified],
            ]}
          />
        </Grid>
      </Grid>
      <LinesTable lines={destination.lines} label={translate('oms.order_slip.lines_of', { n: number })} />
    </SlipSection>
  );
};
