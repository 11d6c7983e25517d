/** One row of `GET /api/projections` (and of `projections` in `/api/health`). */
export interface ProjectionStatus {
  readonly id: string;
  readonly name: string;
  /** `<commit>/<prepare>` of the last event applied. */
  readonly checkpoint: string;
  readonly lag: number;
  /** The server stops counting at a limit; the lag is then at least `lag`. */
  readonly lagIsAtLeast: boolean;
  readonly updatedAt: string | null;
  readonly activeInThisProcess: boolean;
}
