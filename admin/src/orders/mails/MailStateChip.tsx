import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { OrderMail } from './mail-api';

const COLOR = { queued: 'default', sending: 'default', sent: 'success', failed: 'error' } as const;

/** 送信待ち / 送信済み / 失敗, a failure with its reason on hover and beside it. */
export const MailStateChip = ({ mail }: { mail: OrderMail }) => {
  const translate = useTranslate();
  const chip = <Chip size="small" color={COLOR[mail.state]} label={translate(`oms.order_mails.state.${mail.state}`)} />;
  return mail.lastError ? <Tooltip title={mail.lastError}>{chip}</Tooltip> : chip;
};
