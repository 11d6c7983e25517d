import type { CheckContext, CheckedOrder } from './check-context';
import type { CheckFinding } from './check-finding';

/**
 * Every check the shop has on (mode not `off`), in CHECK_KINDS order: what tripped.
 * PLACEHOLDER until the checks land: finds nothing.
 */
export const runChecks = (_order: CheckedOrder, _context: CheckContext): CheckFinding[] => [];
