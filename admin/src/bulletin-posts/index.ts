import CampaignIcon from '@mui/icons-material/Campaign';
import { BulletinPostCreate } from './BulletinPostCreate';
import { BulletinPostEdit } from './BulletinPostEdit';
import { BulletinPostList } from './BulletinPostList';
import { BulletinPostShow } from './BulletinPostShow';

export default {
  list: BulletinPostList,
  create: BulletinPostCreate,
  edit: BulletinPostEdit,
  show: BulletinPostShow,
  icon: CampaignIcon,
  recordRepresentation: 'title',
};
