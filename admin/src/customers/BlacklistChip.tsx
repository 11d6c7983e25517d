import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A blacklisted customer stands out wherever it is listed; the reason shows on hover. */
export const BlacklistChip = ({ reason }: { reason: string | null }) => {
  const translate = useTranslate();
  return reason === null ? null : (
    <Chip size="small" color="error" label={translate('oms.customers.blacklisted')} title={reason} />
  );
};
