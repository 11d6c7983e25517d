import { Box, Typography } from '@mui/material';
import type { Person } from '../../../../domain/order/order-data';
import { addressOf } from './format';

/** A name and address block as it goes on a label: name (kana), 〒, address, phone, e-mail. */
export const PersonBlock = ({ person }: { person: Person }) => (
  <Box sx={{ overflowWrap: 'anywhere' }}>
    <Typography component="div" sx={{ fontWeight: 'bold' }}>
      {person.name}
      {person.kana !== '' && (
        <Typography component="span" variant="body2" sx={{ ml: 1, color: 'text.secondary' }}>
          （{person.kana}）
        </Typography>
      )}
    </Typography>
    <Typography variant="body2">
      {person.postalCode !== '' && `〒${person.postalCode} `}
      {addressOf(person)}
    </Typography>
    {person.phone !== '' && <Typography variant="body2">TEL {person.phone}</Typography>}
    {person.email !== '' && <Typography variant="body2">{person.email}</Typography>}
  </Box>
);
