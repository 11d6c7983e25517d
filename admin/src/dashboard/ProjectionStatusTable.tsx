import { BooleanField, Datagrid, ListContextProvider, ResourceContextProvider, TextField, useList } from 'react-admin';
import { LagField } from '../projections/LagField';
import { TokyoDateTimeField } from '../projections/TokyoDateTimeField';
import type { ProjectionStatus } from '../projections/types';

/** The projections from the health report, in the same grid and labels as the projections list. */
export const ProjectionStatusTable = ({
  projections,
  isPending,
}: {
  projections: readonly ProjectionStatus[];
  isPending: boolean;
}) => {
  const listContext = useList({ data: [...projections], isPending });
  return (
    <ResourceContextProvider value="projections">
      <ListContextProvider value={listContext}>
        <Datagrid bulkActionButtons={false} rowClick="show">
          <TextField source="name" />
          <TextField source="checkpoint" />
          <LagField source="lag" textAlign="right" />
          <TokyoDateTimeField source="updatedAt" />
          <BooleanField source="activeInThisProcess" />
        </Datagrid>
      </ListContextProvider>
    </ResourceContextProvider>
  );
};
