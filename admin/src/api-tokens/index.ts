import KeyIcon from '@mui/icons-material/Key';
import { ApiTokenList } from './ApiTokenList';

export default {
  list: ApiTokenList,
  icon: KeyIcon,
};
