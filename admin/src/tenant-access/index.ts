import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { TenantAccessCreate } from './TenantAccessCreate';
import { TenantAccessList } from './TenantAccessList';

export default {
  list: TenantAccessList,
  create: TenantAccessCreate,
  icon: SwapHorizIcon,
  recordRepresentation: 'displayName',
};
