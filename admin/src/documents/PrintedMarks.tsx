import { Chip, Stack, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PrintedKind } from '../../../domain/documents/document-kind';

/** One character per kind, in the order the row lists them: 明細書, お届け, 領収書, 請求書, 作業書, ピッキング. */
export const PRINTED_MARKS: Readonly<Record<PrintedKind, string>> = {
  'purchase-statement': '明',
  'delivery-statement': '届',
  receipt: '領',
  invoice: '請',
  'work-sheet': '作',
  'picking-list': 'ピ',
};

/** 出力済み marks on a list row: which documents were printed for the order at least once. */
export const PrintedMarks = ({
  kinds,
  labelsExported = false,
  resultsReported = false,
}: {
  kinds: readonly string[] | undefined;
  /** 送り状データ出力済み: shown after the documents' marks. */
  labelsExported?: boolean;
  /** 処理実績出力済み: the shipment was written for the mall; shown last. */
  resultsReported?: boolean;
}) => {
  const translate = useTranslate();
  if (!kinds?.length && !labelsExported && !resultsReported) return null;
  return (
    <Stack direction="row" spacing={0.25} aria-label={translate('oms.printing.printed')}>
      {(kinds ?? []).map((kind) => (
        <Tooltip
          key={kind}
          title={translate('oms.printing.printed_kind', { kind: translate(`oms.printing.kinds.${kind}`) })}
        >
          <Chip
            size="small"
            variant="outlined"
            label={PRINTED_MARKS[kind as PrintedKind] ?? kind}
            data-printed-kind={kind}
            sx={{ minWidth: 24, '& .MuiChip-label': { px: 0.5 } }}
          />
        </Tooltip>
      ))}
      {labelsExported && (
        <Tooltip title={translate('oms.labels.exported')}>
          <Chip
            size="small"
            color="primary"
            variant="outlined"
            label="送"
            data-labels-exported="true"
            sx={{ minWidth: 24, '& .MuiChip-label': { px: 0.5 } }}
          />
        </Tooltip>
      )}
      {resultsReported && (
        <Tooltip title={translate('oms.shipping_results.reported')}>
          <Chip
            size="small"
            color="success"
            variant="outlined"
            label="報"
            data-results-reported="true"
            sx={{ minWidth: 24, '& .MuiChip-label': { px: 0.5 } }}
          />
        </Tooltip>
      )}
    </Stack>
  );
};
