import { WORKFLOW } from '../../../domain/order/status';

/** The list's tabs: the workflow in its one canonical order, then 保留 and キャンセル. */
export const STATUS_TABS = [...WORKFLOW, 'held', 'cancelled'] as const;
export type StatusTab = (typeof STATUS_TABS)[number];
