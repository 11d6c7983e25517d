import type { Readable } from 'node:stream';
import * as E from 'fp-ts/Either';
import { type DomainError, domainError } from '../../domain/shared/decider';
import type { ColumnMapping } from './column-mapping';
import { detectFormat, type OrderFormat } from './formats';
import { bindHeader } from './row-reader';
import { readRecords, UnreadableFile } from './source-records';

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
  } catch (error) {
    // An empty or UTF-16 file says so rather than that its layout is unknown.
    if (error instanceof UnreadableFile) throw error;
    // Read with the wrong delimiter, a later line may break the parser (a TSV's quote) before the first is handed out.
    return [];
  } finally {
    input.destroy();
  }
}

export const UNREADABLE_FILE = 'import.unreadable_file';

export const FORMAT_NOT_DETECTED = domainError(
  'import.format_not_detected',
  'ファイルの形式を判別できませんでした。取込形式を選んでください',
  'the file layout was not recognised; choose the format',
);

/**
 * 自動判別: the first line read as CSV and as TSV (Amazon's reports are tab-separated), whichever splits into more
 * columns is the header; a built-in format whose signature it carries wins, else a saved mapping of the shop whose
 * columns are all there. An empty or UTF-16 file is refused with that reason (UNREADABLE_FILE).
 */
export async function detectLayout(
  open: () => Readable,
  saved: readonly SavedMapping[],
): Promise<E.Either<DomainError, OrderFormat>> {
  let comma: readonly string[], tab: readonly string[];
  try {
    [comma, tab] = [await firstRecord(open, ','), await firstRecord(open, '\t')];
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return E.left(domainError(UNREADABLE_FILE, error.ja, error.en));
  }
  const [header, delimiter] = tab.length > comma.length ? [tab, '\t' as const] : [comma, ',' as const];
  const fitting = saved.find(
    (s) => s.mapping.header && s.mapping.delimiter === delimiter && bindHeader(s.mapping, header).ok,
  );
  const found = detectFormat(header) ?? (fitting && savedFormat(fitting));
  return found ? E.right(found) : E.left(FORMAT_NOT_DETECTED);
}

/** A saved mapping as a format: its orders belong to whichever mall the shop is on. */
export const savedFormat = (saved: SavedMapping): OrderFormat => ({
  name: `${CUSTOM_PREFIX}${saved.name}`,
  label: saved.name,
  mall: null,
  mapping: saved.mapping,
  signature: [],
});
