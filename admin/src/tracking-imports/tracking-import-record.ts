import { uploadForm } from '../imports/start-import';

export interface TrackingImportCounts {
  readonly rows: number;
  readonly matched: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly unmatched: number;
  readonly failed: number;
}

export interface TrackingImportRowError {
  readonly file: string;
  readonly line: number;
  readonly key?: string;
  readonly column?: string;
  readonly code: string;
  readonly ja: string;
  readonly en: string;
}

/** What `POST /api/tracking-imports` (202) and `GET /api/tracking-imports/:id` answer. */
export interface TrackingImportRecord {
  readonly id: string;
  readonly status: 'running' | 'completed' | 'failed';
  readonly layout?: string;
  readonly progress?: TrackingImportCounts;
  readonly matched?: number;
  readonly updated?: number;
  readonly unchanged?: number;
  readonly unmatched?: number;
  readonly errors?: readonly TrackingImportRowError[];
  readonly failure?: { readonly ja: string; readonly en: string };
}

/** The return files, sent as the order import sends its files: the server answers 202 and goes on matching. */
export function uploadTrackingImport(
  layout: string,
  files: readonly File[],
  onProgress: (fraction: number) => void,
): Promise<TrackingImportRecord> {
  const form = new FormData();
  form.append('layout', layout);
  for (const file of files) form.append('files', file, file.name);
  return uploadForm<TrackingImportRecord>('/api/tracking-imports', form, onProgress);
}
