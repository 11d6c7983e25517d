import { CsvError } from 'csv-parse';

/** A file that breaks the reader (a quote never closed, not text at all) is the file's problem, not the import's. */
export const isFileError = (error: unknown): error is Error =>
  error instanceof CsvError ||
  (error instanceof Error && /^(ENOENT|EISDIR|EACCES)$/.test(String((error as { code?: unknown }).code)));
