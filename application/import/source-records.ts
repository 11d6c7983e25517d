import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';

/** One record of a file as people see it in a spreadsheet: `row` 1 is the header line when there is one. */
export interface SourceRecord {
  readonly row: number;
  readonly fields: readonly string[];
}

export type FileEncoding = 'utf8' | 'cp932' | 'euc-jp';

const SNIFF_BYTES = 64 * 1024;

/** A file the reader refuses before its first record (empty, or in an encoding it does not read), said in both languages. */
export class UnreadableFile extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const EMPTY_FILE = () => new UnreadableFile('ファイルが空です', 'the file is empty');
const UTF16_FILE = () =>
  new UnreadableFile(
    'UTF-16のファイルは読めません。Shift_JIS (CP932) かUTF-8で保存してください',
    'UTF-16 files are not read; save the file as Shift_JIS (CP932) or UTF-8',
  );

/**
 * UTF-16 (Excel's 「Unicode テキスト」): a BOM, or without one the zero byte of every ASCII character (commas, quotes,
 * digits) on one side of its pairs. A stray NUL or two in a CP932 or UTF-8 file is neither.
 */
export function isUtf16(head: Buffer): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  const zeros = [0, 0];
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros[i % 2]!++;
  const [more, fewer] = zeros[0]! > zeros[1]! ? [zeros[0]!, zeros[1]!] : [zeros[1]!, zeros[0]!];
  return more >= head.length / 20 && more >= 4 * fewer && more >= 2;
}

/**
 * Malls hand out Shift_JIS (really CP932: ①, ㈱, 髙 and ～ are outside JIS X 0208, so decoding as plain Shift_JIS would
 * lose them) and carts UTF-8 with or without a BOM. The first 64 KB decide; ASCII-only files read the same either way.
 * NUL bytes are left out of the sample: with one the detector calls any file binary, and a UTF-8 file would be read as
 * CP932. UTF-16 is refused (the caller checks isUtf16 first).
 */
export function detectEncoding(head: Buffer): FileEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  const sample = head.includes(0) ? head.filter((byte) => byte !== 0) : head;
  switch (Encoding.detect(sample)) {
    case 'UTF8':
    case 'ASCII':
      return 'utf8';
    case 'EUCJP':
      return 'euc-jp';
    default:
      return 'cp932';
  }
}

/** Reads up to `bytes` from the start of a stream and gives back a stream that still starts at the beginning. */
async function peek(input: Readable, bytes: number): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, rest: rest() };
}

export interface ReadOptions {
  readonly delimiter: ',' | '\t';
  /** Tab-separated reports (Amazon) do not quote: a `"` inside a product name is just a character there. */
  readonly quoted: boolean;
  readonly encoding?: FileEncoding;
}

/**
 * A file's records, streamed: bytes → encoding → csv-parse (quoted fields with commas, quotes and line breaks). Memory
 * holds one chunk and one record at a time, however large the file. An empty or UTF-16 file throws UnreadableFile.
 */
export async function* readRecords(
  input: Readable,
  options: ReadOptions,
): AsyncGenerator<SourceRecord & { encoding: FileEncoding }> {
  const { head, rest } = await peek(input, SNIFF_BYTES);
  if (isUtf16(head)) throw UTF16_FILE();
  const encoding = options.encoding ?? detectEncoding(head);
  const decoder = iconv.decodeStream(encoding, { stripBOM: true });
  const parser = parse({
    delimiter: options.delimiter,
    quote: options.quoted ? '"' : false,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  // pipeline carries an error from any stage to the parser, so the loop below throws it instead of waiting forever.
  pipeline(Readable.from(rest), decoder, parser, () => undefined);
  // Records are counted here rather than by csv-parse's `info`, which costs a third of its parsing time; the count is the
  // same: a record with line breaks inside quotes is one row, and skipped empty lines are not rows.
  let row = 0;
  for await (const record of parser as AsyncIterable<string[]>) yield { row: ++row, fields: record, encoding };
  // Nothing but a BOM or blank lines is empty too.
  if (row === 0) throw EMPTY_FILE();
}
