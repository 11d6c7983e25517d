import ProjectionIcon from '@mui/icons-material/ViewList';
import { ProjectionList } from './ProjectionList';
import { ProjectionShow } from './ProjectionShow';

export default {
  list: ProjectionList,
  show: ProjectionShow,
  icon: ProjectionIcon,
  recordRepresentation: 'name',
};
