import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface AttentionRow {
  changeAwaitingConfirmation: boolean;
  amountProblems: boolean;
  /** Unaccepted check results (CheckKind). */
  checkKinds?: string[];
  heldReason?: string | null;
}

/**
 * What stops an order or must be checked before it ships, on its list row: why it is held, 変更確認待ち / 金額要確認,
 * and each check that tripped and stands unaccepted.
 */
export const AttentionBadges = ({ row }: { row: AttentionRow }) => {
  const translate = useTranslate();
  // 金額要確認 already says what the amounts check would.
  const checks = (row.checkKinds ?? []).filter((kind) => !(kind === 'amounts' && row.amountProblems));
  return (
    <>
      {row.heldReason && (
        <Typography variant="caption" sx={{ display: 'block' }} data-testid="held-reason">
          {row.heldReason}
        </Typography>
      )}
      {(row.changeAwaitingConfirmation || row.amountProblems || checks.length > 0) && (
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ mt: 0.5, flexWrap: 'wrap' }}>
          {row.changeAwaitingConfirmation && (
            <Chip size="small" color="warning" label={translate('oms.order_edits.badge.pending_change')} />
          )}
          {row.amountProblems && (
            <Chip size="small" color="error" label={translate('oms.order_edits.badge.amount_problems')} />
          )}
          {checks.map((kind) => (
            <Chip
              key={kind}
              size="small"
              variant="outlined"
              color="warning"
              label={translate(`oms.checks.kinds.${kind}`, { _: kind })}
            />
          ))}
        </Stack>
      )}
    </>
  );
};
