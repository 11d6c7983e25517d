/**
 * Reads until `done` holds, for what a request cannot wait for itself: work done in the background after it answers
 * (a projection runner starting again after a failure, for one). Gives up after ten seconds (or `timeoutMs`, for work
 * that waits on a queue's expiry or a restarted process) with `what` in the error.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what = 'the read models did not catch up',
  { timeoutMs = 10_000 }: { readonly timeoutMs?: number } = {},
): Promise<T> {
  for (let i = 0; i < timeoutMs / 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(what);
}
