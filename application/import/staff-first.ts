import type { StaffActivity } from '../ports/staff-activity';

/**
 * While staff are working, an import pauses after each batch for this many times the batch's own time, so that it
 * takes about a fifth of the machine and the order list stays quick (`npm run bench -- load`). With nobody working
 * (a night import, the CLI) it never pauses.
 */
export const STAFF_SHARE = 4;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs one batch, then gives way to staff if they are working; resolves with the pause taken, in ms. */
export async function staffFirst(
  activity: StaffActivity | undefined,
  batch: () => Promise<void>,
  pause: (ms: number) => Promise<void> = sleep,
): Promise<number> {
  const started = performance.now();
  await batch();
  if (!activity?.busy()) return 0;
  const ms = Math.round((performance.now() - started) * STAFF_SHARE);
  await pause(ms);
  return ms;
}
