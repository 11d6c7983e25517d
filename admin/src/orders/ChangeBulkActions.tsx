import { TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { BulkCommandDialog } from './BulkCommandDialog';
import type { BulkAnswer } from './SlipBulkEdit';

type RunBulk = (name: string, body: Record<string, unknown>) => Promise<BulkAnswer>;

/**
 * 変更を確定 / 変更を却下 for the selection: each order takes (or drops) the change from the mall waiting on it now.
 * An order with nothing waiting is counted as failed, not stopped at.
 */
export const ChangeBulkActions = ({
  runBulk,
  onDone,
}: {
  runBulk: RunBulk;
  onDone: (answers: BulkAnswer[]) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [reason, setReason] = useState('');
  return (
    <>
      <Button
        label="oms.order_edits.change.confirm"
        onClick={() =>
          runBulk('confirm-change', {})
            .then((answer) => onDone([answer]))
            .catch((error: Error) => notify(error.message, { type: 'error' }))
        }
      />
      <BulkCommandDialog
        label="oms.order_edits.change.reject"
        onOpen={() => setReason('')}
        canRun={reason.trim() !== ''}
        onRun={async () => onDone([await runBulk('reject-change', { reason })])}
      >
        <TextField
          label={translate('oms.order_edits.change.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          multiline
          fullWidth
        />
      </BulkCommandDialog>
    </>
  );
};
