import { type ImportCounts, NO_COUNTS } from './import-orders';

/**
 * How far the imports this process is running have got, for the people watching one: a sale day's file takes a minute,
 * and the import history only learns the counts when it ends. Kept in memory, since it is stale the moment it is
 * written; an import run by another process shows its status without counts.
 */
export class ImportsInProgress {
  private readonly running = new Map<string, { readonly tenantId: string; counts: ImportCounts }>();

  begin(importId: string, tenantId: string): void {
    this.running.set(importId, { tenantId, counts: NO_COUNTS });
  }

  advance(importId: string, counts: ImportCounts): void {
    const entry = this.running.get(importId);
    if (entry) entry.counts = counts;
  }

  end(importId: string): void {
    this.running.delete(importId);
  }

  /** The counts so far, only to the tenant the import belongs to. */
  countsOf(tenantId: string, importId: string): ImportCounts | undefined {
    const entry = this.running.get(importId);
    return entry?.tenantId === tenantId ? entry.counts : undefined;
  }
}
