import {
  CreateButton,
  ExportButton,
  FilterButton,
  TopToolbar,
  useListContext,
  useResourceDefinition,
} from 'react-admin';
import { useCan } from '../auth/useCan';
import { PrintDocumentsButton } from '../documents/PrintDocumentsButton';
import { ExportLabelsButton } from '../labels/ExportLabelsButton';
import { SavedSearchMenu } from './SavedSearchMenu';
import { SaveSearchButton } from './SaveSearchButton';

/** The order list's toolbar: react-admin's own buttons, the saved searches, and printing the whole tab or result. */
export const OrderListActions = () => {
  const { hasCreate } = useResourceDefinition();
  const { filterValues } = useListContext();
  const canProcess = useCan('orders.process');
  return (
    <TopToolbar>
      <SavedSearchMenu />
      <SaveSearchButton />
      <FilterButton />
      {canProcess && <PrintDocumentsButton label="oms.printing.print_all" target={() => ({ filter: filterValues })} />}
      {canProcess && <ExportLabelsButton label="oms.labels.export_all" target={() => ({ filter: filterValues })} />}
      {hasCreate && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
};
