import type { TrackingRow } from './return-files/parse-return-file';

/** A label we exported: its key, the order destination it is for, and the number recorded for it so far. */
export interface ExportedLabel {
  readonly key: string;
  readonly orderId: string;
  readonly destinationIndex: number;
  readonly trackingNumber: string | null;
}

export interface TrackingMatch {
  readonly row: TrackingRow;
  readonly label: ExportedLabel;
}

export interface TrackingMatches {
  /** A first number for the label. */
  readonly matched: readonly TrackingMatch[];
  /** A different number for a label that had one (a reprint): the new one replaces it, `previous` stays in history. */
  readonly updated: readonly (TrackingMatch & { readonly previous: string })[];
  /** The number the label already has: importing a file twice changes nothing. */
  readonly unchanged: readonly TrackingMatch[];
  /** Rows whose key is no label of ours: reported to the person, never dropped. */
  readonly unmatched: readonly TrackingRow[];
}

/**
 * Sorts a return file's rows against the labels by the key that went out (never by names). Rows are taken in file
 * order, so a key given twice in one file with two numbers is a reprint within the file: the later number wins.
 */
export function matchTrackingRows(rows: readonly TrackingRow[], labels: readonly ExportedLabel[]): TrackingMatches {
  const byKey = new Map(labels.map((label) => [label.key, label]));
  const current = new Map(labels.map((label) => [label.key, label.trackingNumber]));
  const result = { matched: [], updated: [], unchanged: [], unmatched: [] } as {
    matched: TrackingMatch[];
    updated: (TrackingMatch & { previous: string })[];
    unchanged: TrackingMatch[];
    unmatched: TrackingRow[];
  };
  for (const row of rows) {
    const label = byKey.get(row.key);
    if (!label) {
      result.unmatched.push(row);
      continue;
    }
    const previous = current.get(row.key) ?? null;
    if (previous === row.trackingNumber) result.unchanged.push({ row, label });
    else if (previous === null) result.matched.push({ row, label });
    else result.updated.push({ row, label, previous });
    current.set(row.key, row.trackingNumber);
  }
  return result;
}
