import * as E from 'fp-ts/Either';
import { type Decider, domainError } from '../shared/decider';
import type { ImportCounts, ImportedFile, ImportEvent, ImportProblemRecord } from './events';

/** How many problems an import keeps for people to read; the count says how many there were. */
export const MAX_KEPT_PROBLEMS = 1000;

export const NO_FILES = domainError('import.no_files', '取り込むファイルを選んでください', 'choose at least one file');
export const ALREADY_STARTED = domainError(
  'import.already_started',
  'この取込は開始済みです',
  'this import has already started',
);
/** Another tenant's import is not there for this one: saying it started would tell that the id is in use. */
export const IMPORT_NOT_FOUND = domainError('import.not_found', '取込が見つかりません', 'no such import');

export interface StartImport {
  readonly type: 'StartImport';
  readonly importId: string;
  readonly tenantId: string;
  readonly shopId: string;
  readonly format: string;
  readonly files: readonly ImportedFile[];
}
export interface CompleteImport {
  readonly type: 'CompleteImport';
  readonly counts: ImportCounts;
  readonly problems: readonly ImportProblemRecord[];
  readonly unreadableFiles: readonly string[];
}
export interface FailImport {
  readonly type: 'FailImport';
  readonly ja: string;
  readonly en: string;
  /** The orders the store holds from it, counted from their events. */
  readonly counts?: { readonly imported: number; readonly updated: number };
}
export type ImportCommand = StartImport | CompleteImport | FailImport;

export type ImportState =
  | { readonly status: 'none' }
  | { readonly status: 'running' | 'completed' | 'failed'; readonly importId: string; readonly tenantId: string };

export const importDecider: Decider<ImportCommand, ImportEvent, ImportState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ImportStarted':
        return { status: 'running', importId: event.data.importId, tenantId: event.data.tenantId };
      case 'ImportCompleted':
        return state.status === 'none' ? state : { ...state, status: 'completed' };
      case 'ImportFailed':
        return state.status === 'none' ? state : { ...state, status: 'failed' };
    }
  },
  decide: (command, state) => {
    if (command.type === 'StartImport') {
      if (state.status !== 'none')
        return E.left(state.tenantId === command.tenantId ? ALREADY_STARTED : IMPORT_NOT_FOUND);
      if (command.files.length === 0) return E.left(NO_FILES);
      const { importId, tenantId, shopId, format, files } = command;
      return E.right([
        {
          type: 'ImportStarted',
          data: { importId, tenantId, shopId, format, files: files.map(({ name, size }) => ({ name, size })) },
        },
      ]);
    }
    if (state.status !== 'running')
      return E.left(domainError('import.not_running', 'この取込は実行中ではありません', 'this import is not running'));
    if (command.type === 'FailImport') {
      const { ja, en, counts } = command;
      const data = { importId: state.importId, ja, en, ...(counts && { counts: { ...counts } }) };
      return E.right([{ type: 'ImportFailed', data }]);
    }
    const { counts, problems, unreadableFiles } = command;
    return E.right([
      {
        type: 'ImportCompleted',
        data: {
          importId: state.importId,
          counts: { ...counts },
          problems: problems
            .slice(0, MAX_KEPT_PROBLEMS)
            .map(({ file, row, column, ja, en }) => ({ file, row, column, ja, en })),
          problemCount: problems.length,
          unreadableFiles: [...unreadableFiles],
        },
      },
    ]);
  },
};
