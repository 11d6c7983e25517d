import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ImportCreate } from './ImportCreate';
import { ImportList } from './ImportList';
import { ImportShow } from './ImportShow';

export default { list: ImportList, create: ImportCreate, show: ImportShow, icon: UploadFileIcon };
