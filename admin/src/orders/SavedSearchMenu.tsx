import BookmarksIcon from '@mui/icons-material/Bookmarks';
import GroupIcon from '@mui/icons-material/Group';
import { Button, Divider, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useGetList, useListContext, useRedirect, useTranslate } from 'react-admin';

interface SavedSearch {
  readonly id: string;
  readonly name: string;
  readonly filter: Record<string, unknown>;
  readonly sort: { field: string; order: 'ASC' | 'DESC' };
  readonly shared: boolean;
  readonly mine: boolean;
  readonly ownerName: string | null;
}

/** 保存した検索条件: one's own searches and the shared ones; choosing one applies its filter and sort to the list. */
export const SavedSearchMenu = () => {
  const { setFilters, setSort } = useListContext();
  const translate = useTranslate();
  const redirect = useRedirect();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data = [] } = useGetList<SavedSearch>('saved-searches', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
    filter: { resource: 'orders' },
  });

  const apply = (search: SavedSearch) => {
    setAnchor(null);
    setSort(search.sort);
    // Show the inputs of the saved filter, so that a person sees (and can change) what is applied.
    setFilters(search.filter, Object.fromEntries(Object.keys(search.filter).map((key) => [key, true])));
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<BookmarksIcon />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
      >
        {translate('oms.saved_searches.menu')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {data.length === 0 && <MenuItem disabled>{translate('oms.saved_searches.none')}</MenuItem>}
        {data.map((search) => (
          <MenuItem key={search.id} onClick={() => apply(search)}>
            <ListItemText primary={search.name} secondary={search.mine ? undefined : search.ownerName} />
            {search.shared && (
              <ListItemIcon sx={{ justifyContent: 'flex-end' }}>
                <GroupIcon fontSize="small" titleAccess={translate('oms.saved_searches.shared')} />
              </ListItemIcon>
            )}
          </MenuItem>
        ))}
        <Divider />
        <MenuItem onClick={() => redirect('list', 'saved-searches')}>{translate('oms.saved_searches.manage')}</MenuItem>
      </Menu>
    </>
  );
};
