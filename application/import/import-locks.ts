/**
 * Marks an import as being run by a live process for as long as the lock is held, so that one left behind by a process
 * that stopped (a crash, a deploy in the middle of a sale-day file) can be told from one still running elsewhere.
 */
export interface ImportLocks {
  /** The import's lock, or undefined while another process holds it. */
  take(importId: string): Promise<ImportLock | undefined>;
}

export interface ImportLock {
  release(): Promise<void>;
}
