import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

export type EnquiryState = 'open' | 'in_progress' | 'done';

const COLOURS = { open: 'error', in_progress: 'warning', done: 'default' } as const;

/** 未対応 stands out, 対応中 less, 完了 not at all. */
export const EnquiryStateChip = ({ state }: { state: EnquiryState }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLOURS[state]} label={translate(`oms.enquiries.states.${state}`)} />;
};
