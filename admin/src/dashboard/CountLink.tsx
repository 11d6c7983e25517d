import { Box, Typography } from '@mui/material';
import { Link } from 'react-admin';
import { orderListLink } from './orderListLink';

/** A labelled number that opens the order list filtered to exactly what it counts. */
export const CountLink = ({
  label,
  count,
  filter,
  tone,
}: {
  label: string;
  count: number | undefined;
  filter: Record<string, unknown>;
  tone?: 'error' | 'warning';
}) => (
  <Link to={orderListLink(filter)} underline="none" color="inherit" aria-label={`${label} ${count ?? '…'}`}>
    <Box sx={{ p: 1.5, borderRadius: 1, border: 1, borderColor: 'divider', '&:hover': { bgcolor: 'action.hover' } }}>
      <Typography variant="body2" color="text.secondary" noWrap>
        {label}
      </Typography>
      <Typography variant="h5" component="p" color={count && tone ? `${tone}.main` : undefined}>
        {count ?? '…'}
      </Typography>
    </Box>
  </Link>
);
