import { Typography } from '@mui/material';
import { useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { BulkCommandDialog } from '../BulkCommandDialog';
import { mailApi } from './mail-api';

/**
 * 発送メール送信, the 発送メール未送信 tab's bulk action: asks for the shipping mail of each selected order. The notice
 * says how many were queued, skipped (asked before) and refused, with the first reason; sent mails move the orders on.
 */
export const SendShippingMailButton = () => {
  const { selectedIds } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('orders');
  const run = async () => {
    const answer = await mailApi.bulkSend(selectedIds as string[], 'shipped');
    const counts = translate('oms.order_mails.bulk.result', {
      queued: answer.queued,
      skipped: answer.skipped,
      refused: answer.refused.length,
    });
    const reason = answer.refused[0]?.message;
    notify(reason ? `${counts}: ${reason}` : counts, { type: answer.refused.length > 0 ? 'warning' : 'info' });
    unselectAll();
    refresh();
  };
  return (
    <BulkCommandDialog label="oms.order_mails.bulk.send_shipped" canRun onRun={run}>
      <Typography>{translate('oms.order_mails.bulk.confirm', { count: selectedIds.length })}</Typography>
    </BulkCommandDialog>
  );
};
