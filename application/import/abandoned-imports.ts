import * as E from 'fp-ts/Either';
import { importDecider } from '../../domain/import/import';
import { streamName } from '../../domain/shared/ids';
import type { CommandHandler } from '../commands/command-handler';
import type { EventStore } from '../ports/event-store';
import { countsInStore } from './counts-in-store';
import type { ImportLocks } from './import-locks';

const STOPPED_MIDWAY = {
  type: 'FailImport',
  ja: '取込中にサーバーが停止しました。もう一度取り込んでください（取込済みの受注は変わりません）',
  en: 'the server stopped during the import; import the files again (orders already imported stay as they are)',
} as const;

export interface AbandonedImportsDependencies {
  readonly commands: CommandHandler;
  /** Where the orders it imported before the stop are counted. */
  readonly store: EventStore;
  readonly locks: ImportLocks;
  /** The imports the history shows as running, of every tenant. */
  readonly running: () => Promise<ReadonlyArray<{ readonly id: string; readonly tenantId: string }>>;
}

/**
 * Imports left running by a process that stopped (a crash, a restart in the middle of a sale-day file) are recorded as
 * failed, saying so, instead of showing 取込中 for ever: an import whose lock nobody holds is one nobody runs. The
 * orders it had imported stay, and the record counts them from the store (countsInStore), so the history says what
 * came in; importing the file again brings in the rest and leaves those unchanged. Answers how many it ended.
 */
export async function failAbandonedImports(deps: AbandonedImportsDependencies): Promise<number> {
  let ended = 0;
  for (const { id, tenantId } of await deps.running()) {
    const lock = await deps.locks.take(id);
    if (!lock) continue;
    try {
      const result = await deps.commands.handle(
        importDecider,
        streamName.import(id),
        { ...STOPPED_MIDWAY, counts: await countsInStore(deps.store, id) },
        { tenantId, actor: 'system', correlationId: `abandoned-import:${id}`, commandId: `import:${id}:abandoned` },
        { commandName: 'FailImport' },
      );
      // Refused when it ended after the history was read: then it was not abandoned.
      if (E.isRight(result) && result.right.events.length > 0) ended++;
    } finally {
      await lock.release();
    }
  }
  return ended;
}
