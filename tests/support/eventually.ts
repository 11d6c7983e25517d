/**
 * Reads until `done` holds, for what a request cannot wait for itself: work the server does after answering (the
 * customer policy, for one). Gives up after ten seconds with `what` in the error.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what = 'the read models did not catch up'): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(what);
}
