import EditIcon from '@mui/icons-material/Edit';
import {
  Box,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { RECEIPT_ADDRESSEE_MAX, RECEIPT_PROVISO_MAX } from '../../../../domain/order/documents';
import { useCan } from '../../auth/useCan';
import { SlipSection } from './SlipSection';
import type { OrderPrinting, PrintingHistoryEntry } from './types';
import { useOrderCommand } from './useOrderCommand';

const tokyo = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'short', timeStyle: 'short' });

/** 領収書の宛名・但し書き: both sent together by one command; empty goes back to the default. */
const ReceiptDetails = ({ receipt }: { receipt: OrderPrinting['receipt'] }) => {
  const translate = useTranslate();
  const run = useOrderCommand();
  const canEdit = useCan('orders.process');
  const [draft, setDraft] = useState<{ addressee: string; proviso: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const title = translate('oms.printing.receipt_details');
  const save = async () => {
    setSaving(true);
    const accepted = await run('set-receipt-details', { addressee: draft!.addressee, proviso: draft!.proviso });
    setSaving(false);
    if (accepted) setDraft(null);
  };
  if (draft) {
    return (
      <Stack spacing={1} sx={{ mb: 1.5 }}>
        <TextField
          label={translate('oms.printing.addressee')}
          value={draft.addressee}
          onChange={(e) => setDraft({ ...draft, addressee: e.target.value })}
          slotProps={{ htmlInput: { maxLength: RECEIPT_ADDRESSEE_MAX } }}
          size="small"
          autoFocus
        />
        <TextField
          label={translate('oms.printing.proviso')}
          value={draft.proviso}
          onChange={(e) => setDraft({ ...draft, proviso: e.target.value })}
          slotProps={{ htmlInput: { maxLength: RECEIPT_PROVISO_MAX } }}
          size="small"
          helperText={translate('oms.printing.details_help')}
        />
        <Stack direction="row" spacing={1}>
          <Button variant="contained" label="ra.action.save" onClick={() => void save()} disabled={saving} />
          <Button label="ra.action.cancel" onClick={() => setDraft(null)} disabled={saving} />
        </Stack>
      </Stack>
    );
  }
  return (
    <Box sx={{ mb: 1.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {title}
        </Typography>
        {canEdit && (
          <IconButton
            size="small"
            aria-label={translate('oms.order_slip.edit', { field: title })}
            onClick={() => setDraft({ addressee: receipt.addressee ?? '', proviso: receipt.proviso ?? '' })}
          >
            <EditIcon fontSize="small" />
          </IconButton>
        )}
      </Stack>
      <Typography aria-label={translate('oms.printing.addressee')}>
        {`${translate('oms.printing.addressee')}：${receipt.addressee ?? translate('oms.printing.default_addressee')}`}
      </Typography>
      <Typography aria-label={translate('oms.printing.proviso')}>
        {`${translate('oms.printing.proviso')}：${receipt.proviso ?? translate('oms.printing.default_proviso')}`}
      </Typography>
    </Box>
  );
};

const PrintingHistory = ({ history }: { history: readonly PrintingHistoryEntry[] }) => {
  const translate = useTranslate();
  const title = translate('oms.printing.history');
  if (history.length === 0) return <Typography variant="body2">{translate('oms.printing.none')}</Typography>;
  return (
    <Table size="small" aria-label={title}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('oms.printing.at')}</TableCell>
          <TableCell>{translate('oms.printing.what')}</TableCell>
          <TableCell>{translate('oms.printing.by')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {/* Newest first: the last printing is what staff look for. */}
        {[...history].reverse().map((entry, index) => (
          <TableRow key={index}>
            <TableCell>{tokyo.format(new Date(entry.at))}</TableCell>
            <TableCell>
              {entry.kinds.map((kind) => translate(`oms.printing.kinds.${kind}`)).join('・')}
              {entry.receiptIssue !== null && (
                <Typography variant="caption" component="div">
                  {translate('oms.printing.receipt_issue', { number: entry.receiptIssue })}
                </Typography>
              )}
            </TableCell>
            <TableCell>{entry.actorName ?? translate(`oms.actors.${entry.actor}`, { _: entry.actor })}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** 帳票: the receipt's own 宛名 and 但し書き, and every printing of the order (what, when, who, which receipt issue). */
export const PrintingSection = ({
  printing,
  history,
}: {
  printing: OrderPrinting;
  history: readonly PrintingHistoryEntry[];
}) => {
  const translate = useTranslate();
  return (
    <SlipSection title="oms.printing.section" side="shop">
      <ReceiptDetails receipt={printing.receipt} />
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 0.5 }}>
        {translate('oms.printing.history')}
      </Typography>
      <PrintingHistory history={history} />
    </SlipSection>
  );
};
