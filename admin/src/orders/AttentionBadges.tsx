import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';

/** 変更確認待ち / 金額要確認 on a list row: what stops an order or must be checked before it ships. */
export const AttentionBadges = ({
  changeAwaitingConfirmation,
  amountProblems,
}: {
  changeAwaitingConfirmation: boolean;
  amountProblems: boolean;
}) => {
  const translate = useTranslate();
  if (!changeAwaitingConfirmation && !amountProblems) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ mt: 0.5 }}>
      {changeAwaitingConfirmation && (
        <Chip size="small" color="warning" label={translate('oms.order_edits.badge.pending_change')} />
      )}
      {amountProblems && <Chip size="small" color="error" label={translate('oms.order_edits.badge.amount_problems')} />}
    </Stack>
  );
};
