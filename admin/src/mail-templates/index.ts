import MailOutlineIcon from '@mui/icons-material/MailOutlined';
import { MailTemplateEdit } from './MailTemplateEdit';
import { MailTemplateList } from './MailTemplateList';

export default {
  list: MailTemplateList,
  edit: MailTemplateEdit,
  icon: MailOutlineIcon,
  recordRepresentation: 'subject',
};
