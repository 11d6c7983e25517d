import {
  Collapse,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Fragment, useCallback, useEffect, useState } from 'react';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useCan } from '../../auth/useCan';
import { SlipSection } from '../OrderSlip/SlipSection';
import { tokyoDateTime } from '../OrderSlip/format';
import { IndividualMailDialog } from './IndividualMailDialog';
import { MailBody } from './MailBody';
import { mailApi, type OrderMail } from './mail-api';
import { MailStateChip } from './MailStateChip';

const when = (iso: string | null) => (iso ? tokyoDateTime(iso) : '—');

/**
 * 送信メール履歴: every mail of the order with its state, times and attempts; a row opens to the mail as sent, and 再送
 * asks for the kind again as a mail of its own. The list is read again after each action of this panel.
 */
export const OrderMailsPanel = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const canProcess = useCan('orders.process');
  const [mails, setMails] = useState<OrderMail[] | undefined>();
  const [open, setOpen] = useState<string | undefined>();
  const orderId = record?.id;
  const reload = useCallback(() => {
    if (!orderId) return;
    mailApi
      .list(orderId)
      .then(setMails)
      .catch(() => setMails([]));
  }, [orderId]);
  useEffect(reload, [reload]);
  if (!orderId) return null;
  const resend = (mail: OrderMail) =>
    mailApi
      .resend(orderId, mail.kind)
      .then(() => notify('oms.order_mails.resent', { type: 'info' }))
      .catch((error: Error) => notify(error.message, { type: 'error' }))
      .finally(reload);
  return (
    <SlipSection
      title="oms.order_mails.title"
      action={canProcess && <IndividualMailDialog orderId={orderId} onSent={reload} />}
    >
      {mails && mails.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {translate('oms.order_mails.none')}
        </Typography>
      ) : (
        <Table size="small" aria-label={translate('oms.order_mails.title')}>
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell>{translate('oms.order_mails.fields.kind')}</TableCell>
              <TableCell>{translate('oms.order_mails.fields.state')}</TableCell>
              <TableCell>{translate('oms.order_mails.fields.subject')}</TableCell>
              <TableCell>{translate('oms.order_mails.fields.requested_at')}</TableCell>
              <TableCell>{translate('oms.order_mails.fields.sent_at')}</TableCell>
              <TableCell align="right">{translate('oms.order_mails.fields.attempts')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {(mails ?? []).map((mail) => (
              <Fragment key={mail.id}>
                <TableRow data-mail-kind={mail.kind}>
                  <TableCell padding="checkbox">
                    <IconButton
                      size="small"
                      aria-label={translate(open === mail.id ? 'oms.order_mails.hide' : 'oms.order_mails.show')}
                      onClick={() => setOpen(open === mail.id ? undefined : mail.id)}
                    >
                      {open === mail.id ? <ExpandLessIcon /> : <ExpandMoreIcon />}
                    </IconButton>
                  </TableCell>
                  <TableCell>{translate(`oms.mail_templates.kinds.${mail.kind}`)}</TableCell>
                  <TableCell>
                    <Stack spacing={0.5}>
                      <span>
                        <MailStateChip mail={mail} />
                      </span>
                      {mail.state === 'failed' && mail.lastError && (
                        <Typography variant="caption" sx={{ color: 'error.main' }}>
                          {mail.lastError}
                        </Typography>
                      )}
                      {mail.state !== 'sent' && (mail.sendAfter ?? mail.notBefore) && (
                        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                          {translate('oms.order_mails.waits_until', { time: when(mail.sendAfter ?? mail.notBefore) })}
                        </Typography>
                      )}
                    </Stack>
                  </TableCell>
                  <TableCell>{mail.subject ?? '—'}</TableCell>
                  <TableCell>{when(mail.requestedAt)}</TableCell>
                  <TableCell>{when(mail.sentAt)}</TableCell>
                  <TableCell align="right">{mail.attempts}</TableCell>
                  <TableCell>
                    {canProcess &&
                      mail.kind !== 'individual' &&
                      mail.state !== 'queued' &&
                      mail.state !== 'sending' && (
                        <Button label="oms.order_mails.resend" onClick={() => void resend(mail)} />
                      )}
                  </TableCell>
                </TableRow>
                <TableRow>
                  <TableCell colSpan={8} sx={{ p: 0, borderBottom: open === mail.id ? undefined : 'none' }}>
                    <Collapse in={open === mail.id} unmountOnExit>
                      <MailBody mail={mail} />
                    </Collapse>
                  </TableCell>
                </TableRow>
              </Fragment>
            ))}
          </TableBody>
        </Table>
      )}
    </SlipSection>
  );
};
