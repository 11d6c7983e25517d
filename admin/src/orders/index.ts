import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import { OrderCreate } from './OrderCreate';
import { OrderList } from './OrderList';
import { OrderShow } from './OrderShow';

export default {
  list: OrderList,
  show: OrderShow,
  create: OrderCreate,
  icon: ShoppingCartIcon,
  recordRepresentation: 'orderNumber',
};
