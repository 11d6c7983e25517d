import { Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Radio, RadioGroup } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { DocumentKind } from '../../../domain/documents/document-kind';
import { type PrintTarget, printDocuments } from './documentsApi';

const KINDS = Object.keys(DocumentKind.keys) as DocumentKind[];

/**
 * 帳票出力: choose the kind, and the PDF of the selected orders (or the whole tab or search result) opens in a new tab.
 * Printing is recorded on each order and may move it on, so the list is read again.
 */
export const PrintDocumentsButton = ({ target, label }: { target: () => PrintTarget; label: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('orders');
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<DocumentKind>('auto');
  const print = () => {
    // Opened now, in the click, so that a popup blocker lets it through; the PDF is loaded into it when it arrives.
    const tab = window.open('', '_blank');
    setOpen(false);
    printDocuments(kind, target(), tab)
      .then(({ orders, moved, refused }) => {
        notify(translate('oms.printing.result', { orders, moved, refused }), { type: refused ? 'warning' : 'info' });
        unselectAll();
        refresh();
      })
      .catch((error: Error) => notify(error.message, { type: 'error' }));
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate(label)}</DialogTitle>
        <DialogContent>
          <RadioGroup
            aria-label={translate('oms.printing.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as DocumentKind)}
          >
            {KINDS.map((k) => (
              <FormControlLabel key={k} value={k} control={<Radio />} label={translate(`oms.printing.kinds.${k}`)} />
            ))}
          </RadioGroup>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="oms.printing.run" variant="contained" onClick={print} />
        </DialogActions>
      </Dialog>
    </>
  );
};
