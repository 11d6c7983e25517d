import iconv from 'iconv-lite';
import { stringify } from 'csv-stringify/sync';
import { displayWidth, notEncodable, toCp932Twins } from './cp932-text';
import { splitAddress } from './address-lines';
import { addressOf, type LabelLayout, type LabelProblem } from './label-layout';
import type { LabelRow } from './label-row';

export interface RenderedRow {
  readonly cells: string[];
  readonly problems: LabelProblem[];
}

/** One row's cells as the file will hold them, and every reason the carrier's software would refuse it. */
export function renderLabelRow(layout: LabelLayout, row: LabelRow): RenderedRow {
  const lines = {
    recipient: splitAddress(addressOf(row.recipient), row.recipient.building, layout.recipientAddress),
    sender: splitAddress(addressOf(row.sender), row.sender.building, layout.senderAddress),
  };
  const problems: LabelProblem[] = [];
  const refusal = layout.checkRow?.(row) ?? null;
  if (refusal !== null)
    problems.push({ key: row.key, field: layout.title, reason: 'refused', text: '', detail: refusal });
  const cells = layout.columns.map((column) => {
    const value = column.value(row, lines);
    const base = { key: row.key, field: column.name };
    if (typeof value !== 'string') {
      problems.push({ ...base, reason: 'refused', text: '', detail: value.refused });
      return '';
    }
    const text = layout.encoding === 'cp932' ? toCp932Twins(value) : value;
    if (column.required && text.trim() === '') problems.push({ ...base, reason: 'required', text });
    if (layout.encoding === 'cp932') {
      const missing = notEncodable(text);
      if (missing.length > 0) problems.push({ ...base, reason: 'not-encodable', text, detail: missing.join('') });
    }
    if (column.limit !== undefined) {
      const width = displayWidth(text);
      if (width > column.limit) problems.push({ ...base, reason: 'too-wide', text, width, limit: column.limit });
    }
    return text;
  });
  return { cells, problems };
}

/** Every problem of every row, so that the export can show them and refuse before anything is written. */
export const checkLabelRows = (layout: LabelLayout, rows: readonly LabelRow[]): LabelProblem[] =>
  rows.flatMap((row) => renderLabelRow(layout, row).problems);

export class LabelRowsRefused extends Error {
  constructor(readonly problems: readonly LabelProblem[]) {
    super(`${problems.length} problem(s) in the label rows; nothing written`);
  }
}

/**
 * The file's bytes: CSV, CRLF, in the layout's encoding. Refuses the whole file when any row has a problem: the caller
 * checks first and passes only the rows it means to export.
 */
export const writeLabelFile = (layout: LabelLayout, rows: readonly LabelRow[]): Buffer =>
  writeRenderedRows(
    layout,
    rows.map((row) => renderLabelRow(layout, row)),
  );

/** The file's bytes from rows already rendered (the export renders each row once, to check it and to write it). */
export function writeRenderedRows(layout: LabelLayout, rendered: readonly RenderedRow[]): Buffer {
  const problems = rendered.flatMap((r) => r.problems);
  if (problems.length > 0) throw new LabelRowsRefused(problems);
  const records = rendered.map((r) => r.cells);
  if (layout.header) records.unshift(layout.columns.map((column) => column.name));
  const text = stringify(records, { record_delimiter: '\r\n' });
  return layout.encoding === 'cp932' ? iconv.encode(text, 'cp932') : Buffer.from(text, 'utf8');
}
