import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { TrackingImportScreen } from './TrackingImportScreen';

/** 伝票番号取込 has no history of its own (the numbers are on the orders): its menu entry opens the upload screen. */
export default { list: TrackingImportScreen, icon: LocalShippingIcon };
