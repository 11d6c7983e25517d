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

/** One mark: a character in a small outlined chip, its meaning in the tooltip. */
const Mark = ({
  title,
  label,
  color = 'default',
  data,
}: {
  title: string;
  label: string;
  color?: 'default' | 'primary' | 'success';
  data: Record<`data-${string}`, string>;
}) => (
  <Tooltip title={title}>
    <Chip
      size="small"
      color={color}
      variant="outlined"
      label={label}
      {...data}
      sx={{ minWidth: 24, '& .MuiChip-label': { px: 0.5 } }}
    />
  </Tooltip>
);

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
        <Mark
          key={kind}
          title={translate('oms.printing.printed_kind', { kind: translate(`oms.printing.kinds.${kind}`) })}
          label={PRINTED_MARKS[kind as PrintedKind] ?? kind}
          data={{ 'data-printed-kind': kind }}
        />
      ))}
      {labelsExported && (
        <Mark
          title={translate('oms.labels.exported')}
          label="送"
          color="primary"
          data={{ 'data-labels-exported': 'true' }}
        />
      )}
      {resultsReported && (
        <Mark
          title={translate('oms.shipping_results.reported')}
          label="報"
          color="success"
          data={{ 'data-results-reported': 'true' }}
        />
      )}
    </Stack>
  );
};
