import { type ImportCounts, NO_COUNTS } from './import-orders';

/**
 * How far the imports this process is running have got, for the people watching one: a sale day's file takes a minute,
 * and the import history only learns the counts when it ends. Kept in memory, since it is stale the moment it is
 * written; an import run by another process shows its status without counts.
 */
export class ImportsInProgress {
  private readonly running = new Map<string, { readonly tenantId: string; counts: ImportCounts }>();
  private readonly onNoneRunning = new Set<() => void>();

  begin(importId: string, tenantId: string): void {
    this.running.set(importId, { tenantId, counts: NO_COUNTS });
  }

  advance(importId: string, counts: ImportCounts): void {
    const entry = this.running.get(importId);
    if (entry) entry.counts = counts;
  }

  end(importId: string): void {
    this.running.delete(importId);
    if (this.running.size === 0) for (const notify of [...this.onNoneRunning]) notify();
  }

  /**
   * True once no import runs here, false if some still run after `timeoutMs`: a stopping server lets the imports it
   * runs end, for as long as its host gives it, rather than leave them to be recorded as failed at the next start.
   */
  allEnded(timeoutMs: number): Promise<boolean> {
    if (this.running.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const settle = (ended: boolean) => {
        clearTimeout(timer);
        this.onNoneRunning.delete(notify);
        resolve(ended);
      };
      const notify = () => settle(true);
      const timer = setTimeout(() => settle(false), timeoutMs);
      this.onNoneRunning.add(notify);
    });
  }

  /** The counts so far, only to the tenant the import belongs to. */
  countsOf(tenantId: string, importId: string): ImportCounts | undefined {
    const entry = this.running.get(importId);
    return entry?.tenantId === tenantId ? entry.counts : undefined;
  }
}
