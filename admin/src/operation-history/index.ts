import HistoryIcon from '@mui/icons-material/History';
import { OperationHistoryList } from './OperationHistoryList';

export default { list: OperationHistoryList, icon: HistoryIcon };
