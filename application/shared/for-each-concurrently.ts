/**
 * Runs `work` over the items with at most `concurrency` at a time. Workers pull the next item only when free, so a
 * streamed source (a 100 MB import) is read no faster than it is worked: memory stays flat. When an item or the source
 * fails, no new item is started, and the failure is thrown once the work already started has ended: the caller then
 * counts what was done, with nothing still writing behind its back.
 */
export async function forEachConcurrently<T>(
  items: Iterable<T> | AsyncIterable<T>,
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  const iterator =
    Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  let index = 0;
  let failure: { readonly error: unknown } | undefined;
  // Async generators queue concurrent next() calls, so each item goes to exactly one worker.
  const worker = async () => {
    try {
      while (!failure) {
        const next = await iterator.next();
        if (next.done || failure) return;
        await work(next.value, index++);
      }
    } catch (error) {
      failure ??= { error };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failure) throw failure.error;
}
