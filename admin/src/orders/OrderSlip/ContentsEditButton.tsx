import EditIcon from '@mui/icons-material/Edit';
import { useState } from 'react';
import { Button } from 'react-admin';
import type { MallOrderData } from '../../../../domain/order/order-data';
import { useCan } from '../../auth/useCan';
import { ContentsEditDialog } from './ContentsEditDialog';

/** 編集: opens 受注編集 with the order as it is now; the form starts afresh each time. */
export const ContentsEditButton = ({
  mallData,
  mallOriginal,
}: {
  mallData: MallOrderData;
  mallOriginal: MallOrderData;
}) => {
  const canEdit = useCan('orders.process');
  const [open, setOpen] = useState(false);
  if (!canEdit) return null;
  return (
    <>
      <Button label="oms.contents_edit.open" onClick={() => setOpen(true)}>
        <EditIcon />
      </Button>
      {open && (
        <ContentsEditDialog open onClose={() => setOpen(false)} mallData={mallData} mallOriginal={mallOriginal} />
      )}
    </>
  );
};
