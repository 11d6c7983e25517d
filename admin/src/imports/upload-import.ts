/** What `POST /api/imports` and `GET /api/imports/:id` answer. */
export interface ImportRecord {
  readonly id: string;
  readonly shopName: string | null;
  readonly format: string;
  readonly files: ReadonlyArray<{ name: string; size: number }>;
  readonly actorName: string | null;
  readonly status: 'running' | 'completed' | 'failed';
  readonly failure?: { readonly ja: string; readonly en: string } | null;
  readonly imported: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly rows: number;
  readonly problemCount: number;
  readonly unreadableFiles: readonly string[];
  readonly problems?: ReadonlyArray<{ file: string; row: number; column: string; ja: string }>;
  /** While it runs: the counts so far (when the server answering is the one running it). */
  readonly progress?: { imported: number; updated: number; unchanged: number; failed: number; rows: number };
}

/** How often a running import is read for its counts and its end. */
export const WATCH_MS = 1000;
/** Reads that may fail in a row (a blip on the shop's network) before the watching gives up. */
const MAX_FAILED_READS = 30;

/** Reads a started import every second, telling its counts so far, until it has a result or nobody watches. */
export async function watchUntilDone<Run extends { status: string; progress?: unknown } = ImportRecord>(
  started: Run,
  watch: {
    read: () => Promise<Run>;
    onCounts: (counts: NonNullable<Run['progress']>) => void;
    isWatched: () => boolean;
  },
): Promise<Run> {
  let record = started;
  let failedReads = 0;
  while (record.status === 'running' && watch.isWatched()) {
    await new Promise((resolve) => setTimeout(resolve, WATCH_MS));
    try {
      record = await watch.read();
      failedReads = 0;
    } catch (error) {
      if (++failedReads >= MAX_FAILED_READS) throw error;
    }
    if (record.progress) watch.onCounts(record.progress as NonNullable<Run['progress']>);
  }
  return record;
}
