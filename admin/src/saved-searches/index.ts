import BookmarksIcon from '@mui/icons-material/Bookmarks';
import { SavedSearchEdit } from './SavedSearchEdit';
import { SavedSearchList } from './SavedSearchList';

export default { list: SavedSearchList, edit: SavedSearchEdit, icon: BookmarksIcon, recordRepresentation: 'name' };
