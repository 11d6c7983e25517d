import type { TrackingImportError } from '../../../application/tracking/import-tracking-numbers';

/** What a 伝票番号取込 came to: the counts and every row not recorded, or why it stopped. */
export type TrackingImportOutcome = {
  readonly matched: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly unmatched: number;
  readonly errors: readonly (TrackingImportError & { readonly file: string })[];
};

export type FinishedTrackingImport =
  | ({ readonly id: string; readonly status: 'completed'; readonly layout: string } & TrackingImportOutcome)
  | {
      readonly id: string;
      readonly status: 'failed';
      readonly layout: string;
      readonly failure: { readonly ja: string; readonly en: string };
    };

/** Enough for the screens watching now; an older result is on the orders themselves (their tracking history). */
const KEPT = 200;

/**
 * The outcomes of the imports answered with 202, for the screen that polls for them. Tracking numbers are recorded on
 * the orders, and an import leaves no record of its own, so its outcome is kept here, in memory, the newest few.
 */
export class FinishedTrackingImports {
  private readonly outcomes = new Map<string, { readonly tenantId: string; readonly record: FinishedTrackingImport }>();

  add(tenantId: string, record: FinishedTrackingImport): void {
    this.outcomes.set(record.id, { tenantId, record });
    for (const id of this.outcomes.keys()) {
      if (this.outcomes.size <= KEPT) break;
      this.outcomes.delete(id);
    }
  }

  find(tenantId: string, id: string): FinishedTrackingImport | undefined {
    const entry = this.outcomes.get(id);
    return entry?.tenantId === tenantId ? entry.record : undefined;
  }
}
