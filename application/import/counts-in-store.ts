import { type EventStore, readStreamOrEmpty } from '../ports/event-store';
import { streamName } from '../../domain/shared/ids';

/** What the store holds from one import, counted from the events it appended. */
export interface CountsInStore {
  /** Orders it created. */
  readonly imported: number;
  /** Orders it changed (a re-import with a change). */
  readonly updated: number;
}

const PAGE = 1_000;

/**
 * The orders an import created and changed, read from the log: every order event it appended carries the command id
 * `import:<import id>:<order id>` (import-orders.ts), and they all come after its ImportStarted. This is what an import
 * cut off by a crash is recorded with, so that its history counts what is really there. Rows that changed nothing or
 * were refused leave no event, so they cannot be counted here.
 */
export async function countsInStore(store: EventStore, importId: string): Promise<CountsInStore> {
  const [started] = await readStreamOrEmpty(store, streamName.import(importId));
  if (!started) return { imported: 0, updated: 0 };
  const commandPrefix = `import:${importId}:`;
  const created = new Set<string>();
  const changed = new Set<string>();
  let after = started.position;
  for (;;) {
    const page = await store.readAll({
      after,
      maxCount: PAGE,
      filter: { streamPrefixes: [streamName.order('')] },
      withoutData: true,
    });
    for (const event of page.events) {
      if (!String(event.metadata.commandId ?? '').startsWith(commandPrefix)) continue;
      if (event.type === 'OrderImported') created.add(event.streamName);
      else changed.add(event.streamName);
    }
    if (page.isEnd) break;
    after = page.checkpoint;
  }
  for (const stream of created) changed.delete(stream);
  return { imported: created.size, updated: changed.size };
}
