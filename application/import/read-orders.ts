import type { Readable } from 'node:stream';
import * as E from 'fp-ts/Either';
import { assembleOrder, type ParsedOrder } from './assemble-order';
import type { ColumnMapping } from './column-mapping';
import type { ImportProblem } from './import-problem';
import type { ItemJoiner } from './joined-files';
import { bindHeader, type MappedRow, type RowReader } from './row-reader';
import { readRecords, UnreadableFile } from './source-records';

export type FileItem =
  | { readonly kind: 'order'; readonly order: ParsedOrder; readonly rows: number }
  | { readonly kind: 'problems'; readonly problems: readonly ImportProblem[]; readonly rows: number };

/** A file nothing can be read from: it is the file's problem (row 0), and the other files go on. */
const fileProblem = (file: string, ja: string, en: string): FileItem => ({
  kind: 'problems',
  problems: [{ file, row: 0, column: '', ja, en }],
  rows: 0,
});

/**
 * A file's orders, streamed: records through the mapping, rows of one order (they come together in every mall's file)
 * assembled as soon as the next order starts. Only the order being read is in memory, plus the numbers already seen,
 * so that an order whose rows are split across the file is reported instead of imported twice.
 */
export async function* readOrders(
  file: string,
  input: Readable,
  mapping: ColumnMapping,
  /** For a layout of two files (Yahoo): joins the order file's columns onto each row of this item file. */
  joiner?: ItemJoiner,
): AsyncGenerator<FileItem> {
  try {
    yield* readFileOrders(file, input, mapping, joiner);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    yield fileProblem(file, error.ja, error.en);
  }
}

async function* readFileOrders(
  file: string,
  input: Readable,
  mapping: ColumnMapping,
  joiner: ItemJoiner | undefined,
): AsyncGenerator<FileItem> {
  let dataRows = 0;
  let reader: RowReader | undefined;
  let group: MappedRow[] = [];
  const done = new Set<string>();

  const flush = (): FileItem | undefined => {
    if (group.length === 0) return undefined;
    const rows = group;
    group = [];
    const number = rows[0]!.text('orderNumber');
    done.add(number);
    const assembled = assembleOrder(file, rows, mapping);
    return E.isRight(assembled)
      ? { kind: 'order', order: assembled.right, rows: rows.length }
      : { kind: 'problems', problems: assembled.left, rows: rows.length };
  };

  for await (const read of readRecords(input, { delimiter: mapping.delimiter, quoted: mapping.quoted })) {
    const joined = !joiner ? read.fields : reader ? joiner.row(read.fields) : joiner.header(read.fields);
    if (!joined) {
      dataRows++;
      const ja = `注文ファイルにこの明細の注文がありません (${mapping.joinOn})`;
      yield {
        kind: 'problems',
        problems: [
          {
            file,
            row: read.row,
            column: mapping.joinOn ?? '',
            ja,
            en: 'the order file does not have the order of this item',
          },
        ],
        rows: 1,
      };
      continue;
    }
    const record = { row: read.row, fields: joined };
    if (!reader) {
      const check = bindHeader(mapping, mapping.header ? record.fields : null);
      if (!check.ok) {
        const ja = `この形式に必要な列がありません: ${check.missing.join('、')}`;
        yield {
          kind: 'problems',
          problems: [
            {
              file,
              row: record.row,
              column: '',
              ja,
              en: `columns this format needs are missing: ${check.missing.join(', ')}`,
            },
          ],
          rows: 0,
        };
        return;
      }
      reader = check.reader;
      if (mapping.header) continue;
    }
    dataRows++;
    const row = reader.read(record.row, record.fields);
    const number = row.text('orderNumber');
    if (group.length > 0 && number !== group[0]!.text('orderNumber')) {
      const item = flush();
      if (item) yield item;
    }
    if (number !== '' && done.has(number)) {
      const ja = `注文番号 ${number} の行が離れた位置にあります。同じ注文の行は続けて並べてください`;
      yield {
        kind: 'problems',
        problems: [
          {
            file,
            row: row.row,
            column: row.column('orderNumber'),
            ja,
            en: `the rows of order ${number} are not together`,
          },
        ],
        rows: 1,
      };
      continue;
    }
    group.push(row);
  }
  const last = flush();
  if (last) yield last;
  if (dataRows === 0 && reader)
    yield fileProblem(file, '見出しの行だけで、受注の行がありません', 'the file has a header line and no order rows');
}
