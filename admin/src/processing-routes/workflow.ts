import { STATUS_TABS } from '../orders/statuses';

/** The statuses a route is made of, in the one canonical order every route keeps (保留 and キャンセル are outside routes). */
export const WORKFLOW_STATUSES = STATUS_TABS.filter((s) => s !== 'held' && s !== 'cancelled');

/** Whatever order the boxes were ticked in, a route's statuses are saved in the canonical order. */
export const inCanonicalOrder = (statuses: readonly string[] | null | undefined): string[] =>
  WORKFLOW_STATUSES.filter((s) => statuses?.includes(s));
