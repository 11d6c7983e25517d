import PeopleIcon from '@mui/icons-material/People';
import { StaffUserCreate } from './StaffUserCreate';
import { StaffUserEdit } from './StaffUserEdit';
import { StaffUserList } from './StaffUserList';

export default {
  list: StaffUserList,
  create: StaffUserCreate,
  edit: StaffUserEdit,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
