/**
 * Reads until `done` holds, for what a request cannot wait for itself: work done in the background after it answers
 * (a projection runner starting again after a failure, for one). Gives up after ten seconds with `what` in the error.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what = 'the read models did not catch up',
): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(what);
}
