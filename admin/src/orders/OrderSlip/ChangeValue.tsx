import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MallOrderData } from '../../../../domain/order/order-data';
import { AmountsTable, TaxByRateTable } from './AmountsTable';
import { addressOf, dayWithWeekday, tokyoDateTime, yen } from './format';
import { PersonBlock } from './PersonBlock';

type Field = keyof MallOrderData;

/** Destinations in a few lines each, so that the two sides of a change fit beside each other. */
const DestinationsSummary = ({ destinations }: { destinations: MallOrderData['destinations'] }) => {
  const translate = useTranslate();
  return (
    <>
      {destinations.map((d, i) => (
        <Box key={i} sx={{ mb: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
            {translate('oms.order_slip.destination', { n: i + 1 })}: {d.recipient.name}
          </Typography>
          <Typography variant="body2">
            {d.recipient.postalCode !== '' && `〒${d.recipient.postalCode} `}
            {addressOf(d.recipient)}
          </Typography>
          <Typography variant="body2">
            {[d.delivery.desiredDate && dayWithWeekday(d.delivery.desiredDate), d.delivery.timeSlot]
              .filter(Boolean)
              .join(' ')}
          </Typography>
          {d.lines.map((line, j) => (
            <Typography key={j} variant="body2">
              {line.sku} {line.name}
              {line.options !== '' && ` [${line.options}]`} × {line.quantity} {yen(line.unitPrice)} ({line.taxRate}%)
            </Typography>
          ))}
        </Box>
      ))}
    </>
  );
};

/** One field of the mall's data, shown the way the slip shows it, for either side of a pending change. */
export const ChangeValue = <F extends Field>({ field, value }: { field: F; value: MallOrderData[F] }) => {
  const translate = useTranslate();
  switch (field) {
    case 'orderedAt':
      return <>{tokyoDateTime(value as string)}</>;
    case 'orderer':
      return <PersonBlock person={value as MallOrderData['orderer']} />;
    case 'destinations':
      return <DestinationsSummary destinations={value as MallOrderData['destinations']} />;
    case 'amounts':
      return (
        <>
          <AmountsTable amounts={value as MallOrderData['amounts']} />
          <TaxByRateTable taxByRate={(value as MallOrderData['amounts']).taxByRate} />
        </>
      );
    case 'payment':
      return <>{(value as MallOrderData['payment']).label}</>;
    case 'gift': {
      const gift = value as MallOrderData['gift'];
      return (
        <>
          {translate(gift.isGift ? 'oms.order_slip.yes' : 'oms.order_slip.no')}
          {gift.noshi !== '' && ` / ${translate('oms.order_slip.noshi')}: ${gift.noshi}`}
          {gift.wrapping !== '' && ` / ${translate('oms.order_slip.wrapping')}: ${gift.wrapping}`}
        </>
      );
    }
    // Absent when the mall does not flag the order.
    case 'remoteIsland':
      return <>{translate(value === true ? 'oms.order_slip.yes' : 'oms.order_slip.no')}</>;
    default:
      return <Box sx={{ whiteSpace: 'pre-wrap' }}>{String(value) === '' ? '-' : String(value)}</Box>;
  }
};
