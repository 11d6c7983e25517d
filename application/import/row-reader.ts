import { type ColumnMapping, columnsOf, type Source } from './column-mapping';
import { type Field, FIELDS, REQUIRED_FIELDS, requiredSource } from './fields';

/** A record read through a mapping: each field's text and the column it came from (for error reports). */
export interface MappedRow {
  readonly row: number;
  text(field: Field): string;
  column(field: Field): string;
  has(field: Field): boolean;
}

export interface RowReader {
  read(row: number, fields: readonly string[]): MappedRow;
}

export type HeaderCheck = { readonly ok: true; readonly reader: RowReader } | { readonly ok: false; readonly missing: readonly string[] };

/**
 * Binds a mapping to a file's header: columns are found by name (their order differs between downloads and years), or
 * by position (`#3`) for files without a header. A missing column of a required field is reported up front; other
 * missing columns read as empty, since downloads of other years drop a few.
 */
export function bindHeader(mapping: ColumnMapping, header: readonly string[] | null): HeaderCheck {
  const index = new Map<string, number>();
  // Header names are compared without surrounding spaces; the first of two equal names wins.
  header?.forEach((name, i) => {
    const key = name.trim();
    if (!index.has(key)) index.set(key, i);
  });
  const positionOf = (column: string): number | undefined => {
    const position = /^#(\d+)$/.exec(column);
    if (position) return Number(position[1]) - 1;
    return index.get(column);
  };
  const sources = FIELDS.flatMap((field) => {
    const source = mapping.fields[field];
    return source === undefined ? [] : [[field, source] as const];
  });
  const requiredRead = REQUIRED_FIELDS.flatMap((field) => requiredSource(mapping.fields, field) ?? []);
  const missing = [...new Set(sources.flatMap(([field, source]) => (requiredRead.includes(field) ? columnsOf(source) : []).filter((c) => positionOf(c) === undefined)))];
  const requiredMissing = REQUIRED_FIELDS.filter((field) => requiredSource(mapping.fields, field) === undefined);
  if (missing.length > 0 || requiredMissing.length > 0) return { ok: false, missing: [...missing, ...requiredMissing] };

  const bound = new Map<Field, Source>(sources);
  // A layout read by position whose file still has a header (カラーミー) reports the header's name, as people see it.
  const columnName = (column: string) => (/^#\d+$/.test(column) && header?.[positionOf(column)!]?.trim()) || column;
  const cell = (fields: readonly string[], column: string) => {
    const position = positionOf(column);
    return position === undefined ? '' : (fields[position] ?? '');
  };
  const textOf = (fields: readonly string[], source: Source): string => {
    if (typeof source === 'string') return cell(fields, source).trim();
    if ('constant' in source) return source.constant;
    if ('sum' in source) {
      const parts = source.sum.map((c) => cell(fields, c).normalize('NFKC').replace(/[¥,\s円]/g, '')).filter((p) => p !== '' && p !== '-9999');
      return parts.length === 0 ? '' : String(parts.reduce((a, p) => a + Number(p), 0));
    }
    return source.columns
      .map((c) => cell(fields, c).trim())
      .filter((part) => part !== '')
      .join(source.join);
  };
  return {
    ok: true,
    reader: {
      read: (row, fields) => ({
        row,
        text: (field) => {
          const source = bound.get(field);
          return source === undefined ? '' : textOf(fields, source);
        },
        column: (field) => {
          const source = bound.get(field);
          return source === undefined ? field : columnsOf(source).map(columnName).join('+') || field;
        },
        has: (field) => bound.has(field),
      }),
    },
  };
}
