import { type ImportCounts, NO_COUNTS } from './import-orders';

/**
 * How far the imports this process is running have got, for the people watching one: a sale day's file takes a minute,
 * and the import history only learns the counts when it ends. Kept in memory, since it is stale the moment it is
 * written; an import run by another process shows its status without counts. Order imports count orders; other
 * uploads answered with 202 (伝票番号取込) keep their own counts in an instance of their own.
 */
export class ImportsInProgress<Counts = ImportCounts> {
  private readonly running = new Map<string, { readonly tenantId: string; counts: Counts }>();
  private readonly onNoneRunning = new Set<() => void>();

  /** `noCounts`: what a run counts before its first row; order imports' by default. */
  constructor(private readonly noCounts: Counts = NO_COUNTS as Counts) {}

  begin(importId: string, tenantId: string): void {
    this.running.set(importId, { tenantId, counts: this.noCounts });
  }

  /** Whether this process runs the import now. */
  isRunning(importId: string): boolean {
    return this.running.has(importId);
  }

  advance(importId: string, counts: Counts): void {
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
  countsOf(tenantId: string, importId: string): Counts | undefined {
    const entry = this.running.get(importId);
    return entry?.tenantId === tenantId ? entry.counts : undefined;
  }
}
