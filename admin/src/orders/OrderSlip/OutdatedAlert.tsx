import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The order was edited after its documents or label data were made: what was printed or exported no longer matches. */
export const OutdatedAlert = ({ outdated }: { outdated: readonly ('documents' | 'labels')[] }) => {
  const translate = useTranslate();
  if (outdated.length === 0) return null;
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>{translate('oms.contents_edit.outdated')}</AlertTitle>
      {outdated.map((what) => translate(`oms.contents_edit.outdated_${what}`)).join(' ')}
    </Alert>
  );
};
