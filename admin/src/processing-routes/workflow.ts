import { WORKFLOW } from '../../../domain/order/status';

/** The statuses a route is made of, in the one canonical order every route keeps (保留 and キャンセル are outside routes). */
export const WORKFLOW_STATUSES = WORKFLOW;

/** Whatever order the boxes were ticked in, a route's statuses are saved in the canonical order. */
export const inCanonicalOrder = (statuses: readonly string[] | null | undefined): string[] =>
  WORKFLOW_STATUSES.filter((s) => statuses?.includes(s));
