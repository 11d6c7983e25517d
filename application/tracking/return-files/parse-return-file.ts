import { Readable } from 'node:stream';
import type { Carrier } from '../../../domain/shared/carrier';
import { readRecords } from '../../import/source-records';
import { normaliseTrackingNumber, trackingNumberProblem } from './check-tracking-number';
import type { ReturnColumn, ReturnFileLayout } from './return-file-layouts';

/** One parcel's number as the carrier's file gives it back. `line` counts records as a spreadsheet shows them. */
export interface TrackingRow {
  readonly line: number;
  readonly key: string;
  readonly trackingNumber: string;
  readonly carrier: Carrier;
  /** YYYY-MM-DD, when the file says when the parcel left. */
  readonly shippedAt?: string;
}

export interface TrackingRowError {
  readonly line: number;
  readonly column: string;
  readonly ja: string;
  readonly en: string;
}

export interface ReturnFileResult {
  readonly rows: readonly TrackingRow[];
  readonly errors: readonly TrackingRowError[];
}

/** 2024/05/01, 2024/5/1 10:20, 20240501 or 2024-05-01 as YYYY-MM-DD; anything else is left out (the date is optional). */
export function readShippedAt(text: string): string | undefined {
  const match = /^(\d{4})[/-]?(\d{1,2})[/-]?(\d{1,2})(?:[ T].*)?$/.exec(text.normalize('NFKC').trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

interface BoundColumn {
  readonly index: number;
  readonly name: string;
}

const bind = (column: ReturnColumn, header: readonly string[] | null): BoundColumn => {
  const found = header ? header.findIndex((cell) => column.names.includes(cell.trim())) : -1;
  return found >= 0
    ? { index: found, name: header![found]!.trim() }
    : { index: column.position, name: header?.[column.position]?.trim() || column.names[0]! };
};

const isHeader = (layout: ReturnFileLayout, fields: readonly string[]): boolean =>
  fields.some((cell) => layout.trackingNumber.names.includes(cell.trim()) || layout.key.names.includes(cell.trim()));

/**
 * Reads a carrier's return file: bytes in CP932 or UTF-8 (detected as the order import does), a header row when the
 * carrier writes one. Each row gives a key and a normalised number, or an error that names the row and column; a
 * blank row between parcels is skipped. Nothing is matched here (matchTrackingRows does that).
 */
export async function parseReturnFile(layout: ReturnFileLayout, bytes: Buffer): Promise<ReturnFileResult> {
  const rows: TrackingRow[] = [];
  const errors: TrackingRowError[] = [];
  let columns: { key: BoundColumn; number: BoundColumn; shippedAt?: BoundColumn } | undefined;
  const records = readRecords(Readable.from([bytes]), { delimiter: ',', quoted: true });
  for await (const { row: line, fields } of records) {
    if (!columns) {
      const header = isHeader(layout, fields) ? fields : null;
      columns = {
        key: bind(layout.key, header),
        number: bind(layout.trackingNumber, header),
        ...(layout.shippedAt && { shippedAt: bind(layout.shippedAt, header) }),
      };
      if (header) continue;
    }
    if (fields.every((cell) => cell.trim() === '')) continue;
    const key = (fields[columns.key.index] ?? '').trim();
    const raw = fields[columns.number.index] ?? '';
    const trackingNumber = normaliseTrackingNumber(raw);
    if (key === '') {
      errors.push({
        line,
        column: columns.key.name,
        ja: 'お客様管理番号がありません',
        en: 'the customer reference is empty',
      });
      continue;
    }
    if (trackingNumber === '') {
      errors.push({
        line,
        column: columns.number.name,
        ja: '伝票番号がありません',
        en: 'the tracking number is empty',
      });
      continue;
    }
    const problem = trackingNumberProblem(layout.carrier, trackingNumber);
    if (problem) {
      errors.push({
        line,
        column: columns.number.name,
        ja: `${problem.ja}: ${raw.trim()}`,
        en: `${problem.en}: ${raw.trim()}`,
      });
      continue;
    }
    const shippedAt = columns.shippedAt && readShippedAt(fields[columns.shippedAt.index] ?? '');
    rows.push({ line, key, trackingNumber, carrier: layout.carrier, ...(shippedAt && { shippedAt }) });
  }
  return { rows, errors };
}
