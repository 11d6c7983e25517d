import type { SearchSaved } from '../../../domain/saved-search/events';
import { savedSearchDecider } from '../../../domain/saved-search/saved-search';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(savedSearchDecider);
const save = {
  type: 'SaveSearch',
  savedSearchId: 's-1',
  tenantId: 't-1',
  ownerId: 'u-1',
  resource: 'orders',
  name: ' 入金待ち・ﾀｶﾊｼ様 ',
  filter: { status: 'awaiting_payment', q: 'ﾀｶﾊｼ' },
  sort: { field: 'orderedAt', order: 'ASC' },
  shared: false,
} as const;
const { type: _command, ...fields } = save;
const saved: SearchSaved = {
  type: 'SearchSaved',
  data: { ...fields, name: '入金待ち・ﾀｶﾊｼ様', filter: { ...fields.filter }, sort: { ...fields.sort } },
};
const sharedSearch: SearchSaved = { ...saved, data: { ...saved.data, shared: true } };
const rename = (by: string, name: string, tenantId = 't-1') =>
  ({ type: 'RenameSavedSearch', tenantId, by, name }) as const;
const remove = (by: string, tenantId = 't-1') => ({ type: 'DeleteSavedSearch', tenantId, by }) as const;

describe('SavedSearch', () => {
  test('a search is saved with its name trimmed', () => spec.given([]).when(save).then([saved]));
  test('a search needs a name of at most 50 characters', () => {
    spec
      .given([])
      .when({ ...save, name: '　' })
      .thenRefuses('saved_search.empty_name', '名前');
    spec
      .given([])
      .when({ ...save, name: '～'.repeat(51) })
      .thenRefuses('saved_search.name_too_long', '50');
  });
  test('the owner renames and deletes it', () => {
    spec
      .given([saved])
      .when(rename('u-1', '至急①'))
      .then([{ type: 'SavedSearchRenamed', data: { savedSearchId: 's-1', name: '至急①' } }]);
    spec.given([saved]).when(rename('u-1', '入金待ち・ﾀｶﾊｼ様')).then([]);
    spec
      .given([saved])
      .when(remove('u-1'))
      .then([{ type: 'SavedSearchDeleted', data: { savedSearchId: 's-1' } }]);
  });
  test("someone else's private search does not exist for a colleague", () => {
    spec.given([saved]).when(rename('u-2', '横取り')).thenRefuses('saved_search.not_found');
    spec.given([saved]).when(remove('u-2')).thenRefuses('saved_search.not_found');
  });
  test('a shared search is seen by colleagues but changed only by its owner', () => {
    spec.given([sharedSearch]).when(rename('u-2', '横取り')).thenRefuses('saved_search.not_owner', '本人');
    spec.given([sharedSearch]).when(remove('u-2')).thenRefuses('saved_search.not_owner');
  });
  test("another tenant's search does not exist; a deleted one neither", () => {
    spec.given([sharedSearch]).when(remove('u-1', 't-2')).thenRefuses('saved_search.not_found');
    spec
      .given([saved, { type: 'SavedSearchDeleted', data: { savedSearchId: 's-1' } }])
      .when(rename('u-1', '復活'))
      .thenRefuses('saved_search.not_found');
    spec
      .given([saved, { type: 'SavedSearchDeleted', data: { savedSearchId: 's-1' } }])
      .when(save)
      .thenRefuses('saved_search.already_saved');
  });
});
