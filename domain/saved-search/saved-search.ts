import * as E from 'fp-ts/Either';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import type { SavedSearchEvent, SavedSearchSort } from './events';

export const NAME_MAX = 50;

export interface SaveSearch {
  readonly type: 'SaveSearch';
  readonly savedSearchId: string;
  readonly tenantId: string;
  readonly ownerId: string;
  readonly resource: string;
  readonly name: string;
  readonly filter: Readonly<Record<string, unknown>>;
  readonly sort: SavedSearchSort;
  readonly shared: boolean;
}

/** `by` is the staff user asking: only the owner renames or deletes, even a shared search. */
export interface RenameSavedSearch {
  readonly type: 'RenameSavedSearch';
  readonly tenantId: string;
  readonly by: string;
  readonly name: string;
}

export interface DeleteSavedSearch {
  readonly type: 'DeleteSavedSearch';
  readonly tenantId: string;
  readonly by: string;
}

export type SavedSearchCommand = SaveSearch | RenameSavedSearch | DeleteSavedSearch;

export type SavedSearchState =
  | { readonly status: 'none' | 'deleted' }
  | {
      readonly status: 'saved';
      readonly savedSearchId: string;
      readonly tenantId: string;
      readonly ownerId: string;
      readonly name: string;
      readonly shared: boolean;
    };

export const SAVED_SEARCH_NOT_FOUND = domainError(
  'saved_search.not_found',
  '保存した検索条件が見つかりません',
  'no such saved search',
);
export const SAVED_SEARCH_NOT_OWNER = domainError(
  'saved_search.not_owner',
  '検索条件を変更・削除できるのは保存した本人だけです',
  'only the person who saved a search may change or delete it',
);

const checkName = (name: string): DomainError | undefined => {
  if (name.trim() === '') return domainError('saved_search.empty_name', '名前を入力してください', 'enter a name');
  if ([...name.trim()].length > NAME_MAX)
    return domainError(
      'saved_search.name_too_long',
      `名前は${NAME_MAX}文字までです`,
      `a name has at most ${NAME_MAX} characters`,
    );
  return undefined;
};

export const savedSearchDecider: Decider<SavedSearchCommand, SavedSearchEvent, SavedSearchState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'SearchSaved': {
        const { savedSearchId, tenantId, ownerId, name, shared } = event.data;
        return { status: 'saved', savedSearchId, tenantId, ownerId, name, shared };
      }
      case 'SavedSearchRenamed':
        return state.status === 'saved' ? { ...state, name: event.data.name } : state;
      case 'SavedSearchDeleted':
        return { status: 'deleted' };
    }
  },
  decide: (command, state) => {
    if (command.type === 'SaveSearch') {
      if (state.status !== 'none')
        return E.left(
          domainError('saved_search.already_saved', 'この検索条件は保存済みです', 'this search is already saved'),
        );
      const problem = checkName(command.name);
      if (problem) return E.left(problem);
      const { savedSearchId, tenantId, ownerId, resource, filter, sort, shared } = command;
      return E.right([
        {
          type: 'SearchSaved',
          data: {
            savedSearchId,
            tenantId,
            ownerId,
            resource,
            name: command.name.trim(),
            filter: { ...filter },
            sort,
            shared,
          },
        },
      ]);
    }
    // Another tenant's search, and another person's private one, do not exist for the one asking.
    if (
      state.status !== 'saved' ||
      state.tenantId !== command.tenantId ||
      (!state.shared && state.ownerId !== command.by)
    ) {
      return E.left(SAVED_SEARCH_NOT_FOUND);
    }
    if (state.ownerId !== command.by) return E.left(SAVED_SEARCH_NOT_OWNER);
    const { savedSearchId } = state;
    if (command.type === 'DeleteSavedSearch') return E.right([{ type: 'SavedSearchDeleted', data: { savedSearchId } }]);
    const problem = checkName(command.name);
    if (problem) return E.left(problem);
    const name = command.name.trim();
    return E.right(name === state.name ? [] : [{ type: 'SavedSearchRenamed', data: { savedSearchId, name } }]);
  },
};
