import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { useState } from 'react';
import { Button, useGetList, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import type { PrintTarget } from '../documents/documentsApi';
import { exportLabels, type OrderLabelProblems } from './labelsApi';

const LAYOUTS = ['b2cloud', 'ehiden2', 'ehiden3', 'ehidenpro', 'yuprir', 'clickpost', 'kangaroo2', 'fukuyama'] as const;

/**
 * 送り状データ出力: choose the layout; the file is saved, or, when the carrier's software would refuse some orders,
 * nothing is written and those orders are listed with their reasons first. From a selection, the rest can then be
 * exported without them.
 */
export const ExportLabelsButton = ({ target, label }: { target: () => PrintTarget; label: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('orders');
  const [open, setOpen] = useState(false);
  const [layout, setLayout] = useState<string>('b2cloud');
  const [refusals, setRefusals] = useState<readonly OrderLabelProblems[]>([]);
  const [sent, setSent] = useState<PrintTarget | null>(null);
  // The tenant's カスタム送り状, listed after the built-in layouts as the export names them (custom:名前).
  const { data: customLayouts = [] } = useGetList<{ id: string; name: string; layoutName: string }>(
    'custom-label-layouts',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: open },
  );

  const run = (what: PrintTarget) => {
    setOpen(false);
    setSent(what);
    exportLabels(layout, what)
      .then((outcome) => {
        if (outcome.kind === 'refused') return setRefusals(outcome.orders);
        setRefusals([]);
        const { orders, labels, moved, refused } = outcome.summary;
        notify(translate('oms.labels.result', { orders, labels, moved, refused }), {
          type: refused ? 'warning' : 'info',
        });
        unselectAll();
        refresh();
      })
      .catch((error: Error) => notify(error.message, { type: 'error' }));
  };
  const refusedIds = new Set(refusals.map((o) => o.orderId));
  const rest = sent && 'ids' in sent ? sent.ids.filter((id) => !refusedIds.has(id)) : [];

  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate(label)}</DialogTitle>
        <DialogContent>
          <RadioGroup
            aria-label={translate('oms.labels.layout')}
            value={layout}
            onChange={(e) => setLayout(e.target.value)}
          >
            {LAYOUTS.map((l) => (
              <FormControlLabel key={l} value={l} control={<Radio />} label={translate(`oms.labels.layouts.${l}`)} />
            ))}
            {customLayouts.map((c) => (
              <FormControlLabel
                key={c.id}
                value={c.layoutName}
                control={<Radio />}
                label={`${translate('oms.labels.layouts.custom')}: ${c.name}`}
              />
            ))}
          </RadioGroup>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="oms.labels.run" variant="contained" onClick={() => run(target())} />
        </DialogActions>
      </Dialog>
      <Dialog open={refusals.length > 0} onClose={() => setRefusals([])} fullWidth maxWidth="md">
        <DialogTitle>{translate('oms.labels.refused_title', { count: refusals.length })}</DialogTitle>
        <DialogContent>
          <Table size="small" aria-label={translate('oms.labels.refused_title', { count: refusals.length })}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('oms.labels.order_number')}</TableCell>
                <TableCell>{translate('oms.labels.field')}</TableCell>
                <TableCell>{translate('oms.labels.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {refusals.flatMap((order) =>
                order.problems.map((p, index) => (
                  <TableRow key={`${order.orderId}-${index}`} data-refused-order={order.orderNumber}>
                    <TableCell>{index === 0 ? order.orderNumber : ''}</TableCell>
                    <TableCell>{p.field}</TableCell>
                    <TableCell>
                      {p.detail ??
                        translate(`oms.labels.reasons.${p.reason}`, { width: p.width ?? 0, limit: p.limit ?? 0 })}
                      {p.text ? `「${p.text}」` : ''}
                    </TableCell>
                  </TableRow>
                )),
              )}
            </TableBody>
          </Table>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={() => setRefusals([])} />
          {rest.length > 0 && (
            <Button label="oms.labels.export_rest" variant="contained" onClick={() => run({ ids: rest })} />
          )}
        </DialogActions>
      </Dialog>
    </>
  );
};
