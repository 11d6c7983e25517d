import * as t from 'io-ts';

export const SavedSearchSort = t.strict({ field: t.string, order: t.keyof({ ASC: null, DESC: null }) });
export type SavedSearchSort = t.TypeOf<typeof SavedSearchSort>;

/**
 * 保存した検索条件: a list's filter and sort under a name, kept by one staff user and optionally shared with the
 * tenant. `resource` names the list (today only `orders`); the filter is checked by that list's API when saved.
 */
export const SearchSaved = t.strict({
  type: t.literal('SearchSaved'),
  data: t.strict({
    savedSearchId: t.string,
    tenantId: t.string,
    ownerId: t.string,
    resource: t.string,
    name: t.string,
    filter: t.UnknownRecord,
    sort: SavedSearchSort,
    shared: t.boolean,
  }),
});
export const SavedSearchRenamed = t.strict({
  type: t.literal('SavedSearchRenamed'),
  data: t.strict({ savedSearchId: t.string, name: t.string }),
});
export const SavedSearchDeleted = t.strict({
  type: t.literal('SavedSearchDeleted'),
  data: t.strict({ savedSearchId: t.string }),
});

export type SearchSaved = t.TypeOf<typeof SearchSaved>;
export type SavedSearchRenamed = t.TypeOf<typeof SavedSearchRenamed>;
export type SavedSearchDeleted = t.TypeOf<typeof SavedSearchDeleted>;
export type SavedSearchEvent = SearchSaved | SavedSearchRenamed | SavedSearchDeleted;

export const SAVED_SEARCH_EVENTS = { SearchSaved, SavedSearchRenamed, SavedSearchDeleted } as const;
