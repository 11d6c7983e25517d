import PeopleIcon from '@mui/icons-material/People';
import { StaffUserList } from './StaffUserList';

export default { list: StaffUserList, icon: PeopleIcon, recordRepresentation: 'displayName' };
