import AltRouteIcon from '@mui/icons-material/AltRoute';
import { Create, Edit } from 'react-admin';
import { ProcessingRouteForm } from './ProcessingRouteForm';
import { ProcessingRouteList } from './ProcessingRouteList';
import { WORKFLOW_STATUSES } from './workflow';

// Pessimistic: a refused route (out of order, a taken name) is shown with its reason instead of being rolled back later.
const ProcessingRouteEdit = () => (
  <Edit mutationMode="pessimistic">
    <ProcessingRouteForm />
  </Edit>
);
const ProcessingRouteCreate = () => (
  <Create redirect="list" record={{ statuses: WORKFLOW_STATUSES.filter((s) => s !== 'awaiting_follow_up_mail') }}>
    <ProcessingRouteForm />
  </Create>
);

export default {
  list: ProcessingRouteList,
  create: ProcessingRouteCreate,
  edit: ProcessingRouteEdit,
  icon: AltRouteIcon,
  recordRepresentation: 'name',
};
