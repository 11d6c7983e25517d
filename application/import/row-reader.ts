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

export type HeaderCheck =
  { readonly ok: true; readonly reader: RowReader } | { readonly ok: false; readonly missing: readonly string[] };

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
  const missing = [
    ...new Set(
      sources.flatMap(([field, source]) =>
        (requiredRead.includes(field) ? columnsOf(source) : []).filter((c) => positionOf(c) === undefined),
      ),
    ),
  ];
  const requiredMissing = REQUIRED_FIELDS.filter((field) => requiredSource(mapping.fields, field) === undefined);
  if (missing.length > 0 || requiredMissing.length > 0) return { ok: false, missing: [...missing, ...requiredMissing] };

  // A layout read by position whose file still has a header (カラーミー) reports the header's name, as people see it.
  const columnName = (column: string) => (/^#\d+$/.test(column) && header?.[positionOf(column)!]?.trim()) || column;
  // Each field's way of reading a record is worked out once per file, not once per cell.
  const cell = (column: string): ((fields: readonly string[]) => string) => {
    const position = positionOf(column);
    return position === undefined ? () => '' : (fields) => fields[position] ?? '';
  };
  const reading = (source: Source): ((fields: readonly string[]) => string) => {
    if (typeof source === 'string') {
      const read = cell(source);
      return (fields) => read(fields).trim();
    }
    if ('constant' in source) return () => source.constant;
    if ('sum' in source) {
      const reads = source.sum.map(cell);
      return (fields) => {
        const parts = reads
          .map((read) =>
            read(fields)
              .normalize('NFKC')
              .replace(/[¥,\s円]/g, ''),
          )
          .filter((p) => p !== '' && p !== '-9999');
        return parts.length === 0 ? '' : String(parts.reduce((a, p) => a + Number(p), 0));
      };
    }
    const reads = source.columns.map(cell);
    return (fields) =>
      reads
        .map((read) => read(fields).trim())
        .filter((part) => part !== '')
        .join(source.join);
  };
  const readers = new Map(sources.map(([field, source]) => [field, reading(source)]));
  const columns = new Map(
    sources.map(([field, source]) => [field, columnsOf(source).map(columnName).join('+') || field]),
  );
  return {
    ok: true,
    reader: {
      read: (row, fields) => ({
        row,
        text: (field) => readers.get(field)?.(fields) ?? '',
        column: (field) => columns.get(field) ?? field,
        has: (field) => readers.has(field),
      }),
    },
  };
}
