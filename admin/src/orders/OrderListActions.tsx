import { CreateButton, ExportButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';
import { SavedSearchMenu } from './SavedSearchMenu';
import { SaveSearchButton } from './SaveSearchButton';

/** The order list's toolbar: react-admin's own buttons plus the saved searches. */
export const OrderListActions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <SavedSearchMenu />
      <SaveSearchButton />
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
};
