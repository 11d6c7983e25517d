import type { Readable } from 'node:stream';
import { type ColumnMapping, columnsOf } from './column-mapping';
import type { ImportFile } from './import-orders';
import type { ImportProblem } from './import-problem';
import { readRecords, UnreadableFile } from './source-records';

/** Puts an order file's columns beside each row of an item file; `row` gives undefined for an order it does not have. */
export interface ItemJoiner {
  header(fields: readonly string[]): readonly string[];
  row(fields: readonly string[]): readonly string[] | undefined;
}

export interface JoinedFiles {
  readonly itemFiles: readonly ImportFile[];
  readonly problems: readonly ImportProblem[];
  /** A joiner for each item file read; absent when the layout is one file. */
  joiner?(): ItemJoiner;
  /** The orders of the order file no item row asked for, once the item files are read: without lines they are not imported. */
  unmatched(): ImportProblem[];
}

interface OrderRecord {
  readonly file: string;
  readonly row: number;
  readonly fields: readonly string[];
}

/**
 * The pre-step of a layout that comes as two files (Yahoo!ショッピング: Orders and Items, joined on OrderId). The order
 * files are read into memory by key (one record per order, small beside the items); the item files are then streamed
 * as usual with the order's columns joined onto each row, so the engine reads one wide row per item as for any mall.
 * A file is an item file when its header has the columns of the line name; any other is an order file.
 */
export async function joinFiles(files: readonly ImportFile[], mapping: ColumnMapping): Promise<JoinedFiles> {
  const key = mapping.joinOn;
  if (key === undefined) return { itemFiles: files, problems: [], unmatched: () => [] };
  const itemColumns = mapping.fields['line.name'] === undefined ? [] : columnsOf(mapping.fields['line.name']);
  const orders = new Map<string, OrderRecord>();
  const used = new Set<string>();
  const itemFiles: ImportFile[] = [];
  const problems: ImportProblem[] = [];
  let orderHeader: readonly string[] | undefined;

  const readOrderFile = async (file: ImportFile, input: Readable) => {
    let keyAt = -1;
    // Order files after the first are read in the first one's column order, whatever theirs.
    let inOrder = (fields: readonly string[]) => fields;
    for await (const record of readRecords(input, { delimiter: mapping.delimiter, quoted: mapping.quoted })) {
      if (keyAt < 0) {
        const header = record.fields.map((name) => name.trim());
        if (itemColumns.every((column) => header.includes(column))) {
          itemFiles.push(file);
          break;
        }
        keyAt = header.indexOf(key);
        if (keyAt < 0) {
          problems.push({
            file: file.name,
            row: record.row,
            column: key,
            ja: `注文と明細をつなぐ列 ${key} がありません`,
            en: `the column ${key} that joins orders and items is missing`,
          });
          break;
        }
        if (orderHeader) {
          const positions = orderHeader.map((name) => header.indexOf(name));
          inOrder = (fields) => positions.map((i) => fields[i] ?? '');
        } else orderHeader = header;
        continue;
      }
      const id = record.fields[keyAt]?.trim() ?? '';
      if (id !== '' && !orders.has(id))
        orders.set(id, { file: file.name, row: record.row, fields: inOrder(record.fields) });
    }
  };
  // An empty or UTF-16 file is that file's problem; the others are read.
  for (const file of files) {
    const input = file.open();
    try {
      await readOrderFile(file, input);
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      problems.push({ file: file.name, row: 0, column: '', ja: error.ja, en: error.en });
    } finally {
      input.destroy();
    }
  }
  const header = orderHeader;
  const missingFile = (ja: string, en: string) =>
    problems.push({ file: files.map((f) => f.name).join(', '), row: 0, column: '', ja, en });
  if (header === undefined)
    missingFile(
      '注文ファイル (Orders) がありません。明細ファイルと一緒に選んでください',
      'the order file (Orders) is missing; choose it together with the item file',
    );
  if (itemFiles.length === 0)
    missingFile(
      '明細ファイル (Items) がありません。注文ファイルと一緒に選んでください',
      'the item file (Items) is missing; choose it together with the order file',
    );
  if (header === undefined || itemFiles.length === 0) return { itemFiles: [], problems, unmatched: () => [] };

  return {
    itemFiles,
    problems,
    joiner: () => {
      let keyAt = -1;
      let width = 0;
      return {
        header: (fields) => {
          keyAt = fields.findIndex((name) => name.trim() === key);
          width = fields.length;
          return [...fields, ...header];
        },
        row: (fields) => {
          const id = fields[keyAt]?.trim() ?? '';
          const order = orders.get(id);
          if (!order) return undefined;
          used.add(id);
          return [...fields, ...Array<string>(Math.max(0, width - fields.length)).fill(''), ...order.fields];
        },
      };
    },
    unmatched: () =>
      [...orders.entries()]
        .filter(([id]) => !used.has(id))
        .map(([id, order]) => ({
          file: order.file,
          row: order.row,
          column: key,
          ja: `注文 ${id} の明細が明細ファイルにありません`,
          en: `the item file has no items of order ${id}`,
        })),
  };
}
