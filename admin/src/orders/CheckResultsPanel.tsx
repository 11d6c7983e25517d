import { Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SlipSection } from './OrderSlip/SlipSection';
import { tokyoDateTime } from './OrderSlip/format';

interface CheckResultView {
  finding: { check: string; destinationIndex: number | null };
  outcome: 'warning' | 'hold';
  accepted: boolean;
  sentence: string;
  box: number | null;
  acceptedBy: { actor: string; actorName: string | null; at: string } | null;
}

/** チェック結果: what the checks found on this order, in words, what it did (held or a warning) and who accepted it. */
export const CheckResultsPanel = () => {
  const record = useRecordContext<{ checks?: CheckResultView[] }>();
  const translate = useTranslate();
  const checks = record?.checks ?? [];
  return (
    <SlipSection title="oms.checks.panel">
      {checks.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('oms.checks.none')}
        </Typography>
      ) : (
        <List dense data-testid="check-results">
          {checks.map((result) => (
            <ListItem key={result.finding.check} disableGutters>
              <ListItemText
                primary={
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} component="span">
                    <Chip
                      size="small"
                      color={result.accepted ? 'default' : result.outcome === 'hold' ? 'error' : 'warning'}
                      label={translate(`oms.checks.kinds.${result.finding.check}`)}
                    />
                    <span>{result.sentence}</span>
                  </Stack>
                }
                secondary={[
                  result.outcome === 'hold'
                    ? translate('oms.checks.outcome.held', { box: result.box ?? '' })
                    : translate('oms.checks.outcome.warned'),
                  result.accepted
                    ? translate('oms.checks.accepted', {
                        by: [
                          result.acceptedBy?.actorName ?? result.acceptedBy?.actor,
                          result.acceptedBy && tokyoDateTime(result.acceptedBy.at),
                        ]
                          .filter(Boolean)
                          .join(' '),
                      })
                    : translate('oms.checks.unaccepted'),
                ].join('・')}
              />
            </ListItem>
          ))}
        </List>
      )}
    </SlipSection>
  );
};
