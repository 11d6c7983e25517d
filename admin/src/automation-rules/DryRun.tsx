import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { httpClient } from '../dataProvider/http-client';
import { ruleOfForm } from './rule-of-form';

interface DryRunAnswer {
  orders: Array<{ orderId: string; orderNumber: string; wouldDo: string[]; happened: string[]; differs: boolean }>;
  examined: number;
}

/** 「ドライラン」: the unsaved rule replayed over the last days' orders; nothing changes. */
export const DryRun = ({ ruleId }: { ruleId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { getValues } = useFormContext();
  const [days, setDays] = useState(7);
  const [answer, setAnswer] = useState<DryRunAnswer | undefined>();
  const [running, setRunning] = useState(false);
  const run = () => {
    const rule = ruleOfForm(getValues(), ruleId);
    if (!rule) return notify('resources.automation-rules.incomplete', { type: 'warning' });
    setRunning(true);
    httpClient('/api/automation-rules/dry-run', { method: 'POST', body: JSON.stringify({ rule, days }) })
      .then(({ json }) => setAnswer(json as DryRunAnswer))
      .catch((error: unknown) => notify(error instanceof Error ? error.message : String(error), { type: 'error' }))
      .finally(() => setRunning(false));
  };
  return (
    <Box sx={{ width: '100%', mt: 2 }} data-testid="dry-run">
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <MuiTextField
          type="number"
          size="small"
          label={translate('resources.automation-rules.dry_run.days')}
          value={days}
          onChange={(e) => setDays(Math.max(1, Number(e.target.value) || 1))}
          sx={{ width: 120 }}
        />
        <Button label="resources.automation-rules.dry_run.button" onClick={run} disabled={running} variant="outlined" />
      </Box>
      {answer && (
        <>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {translate('resources.automation-rules.dry_run.examined', {
              examined: answer.examined,
              matched: answer.orders.length,
            })}
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.automation-rules.dry_run.order')}</TableCell>
                <TableCell>{translate('resources.automation-rules.dry_run.would_do')}</TableCell>
                <TableCell>{translate('resources.automation-rules.dry_run.happened')}</TableCell>
                <TableCell>{translate('resources.automation-rules.dry_run.differs')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {answer.orders.map((order) => (
                <TableRow key={order.orderId}>
                  <TableCell>{order.orderNumber}</TableCell>
                  <TableCell>{order.wouldDo.join(' / ') || '—'}</TableCell>
                  <TableCell>{order.happened.join(' / ') || '—'}</TableCell>
                  <TableCell>{order.differs ? translate('resources.automation-rules.dry_run.yes') : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Box>
  );
};
