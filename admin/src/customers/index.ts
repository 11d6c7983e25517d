import ContactsIcon from '@mui/icons-material/Contacts';
import { CustomerList } from './CustomerList';
import { CustomerShow } from './CustomerShow';

export default { list: CustomerList, show: CustomerShow, icon: ContactsIcon, recordRepresentation: 'name' };
