import type { Readable } from 'node:stream';
import type { ColumnMapping } from './column-mapping';
import { detectFormat, type OrderFormat } from './formats';
import { bindHeader } from './row-reader';
import { readRecords } from './source-records';

/** A format a shop saved for itself (取込設定), offered as `custom:<name>`. */
export interface SavedMapping {
  readonly name: string;
  readonly mapping: ColumnMapping;
}

export const CUSTOM_PREFIX = 'custom:';

async function firstRecord(open: () => Readable, delimiter: ',' | '\t'): Promise<readonly string[]> {
  const input = open();
  try {
    for await (const record of readRecords(input, { delimiter, quoted: delimiter === ',' })) return record.fields;
    return [];
  } catch {
    // Read with the wrong delimiter, a later line may break the parser (a TSV's quote) before the first is handed out.
    return [];
  } finally {
    input.destroy();
  }
}

/**
 * 自動判別: the first line read as CSV and as TSV (Amazon's reports are tab-separated), whichever splits into more
 * columns is the header; a built-in format whose signature it carries wins, else a saved mapping of the shop whose
 * columns are all there.
 */
export async function detectLayout(
  open: () => Readable,
  saved: readonly SavedMapping[],
): Promise<OrderFormat | undefined> {
  const [comma, tab] = [await firstRecord(open, ','), await firstRecord(open, '\t')];
  const [header, delimiter] = tab.length > comma.length ? [tab, '\t' as const] : [comma, ',' as const];
  const fitting = saved.find(
    (s) => s.mapping.header && s.mapping.delimiter === delimiter && bindHeader(s.mapping, header).ok,
  );
  return detectFormat(header) ?? (fitting && savedFormat(fitting));
}

/** A saved mapping as a format: its orders belong to whichever mall the shop is on. */
export const savedFormat = (saved: SavedMapping): OrderFormat => ({
  name: `${CUSTOM_PREFIX}${saved.name}`,
  label: saved.name,
  mall: null,
  mapping: saved.mapping,
  signature: [],
});
