import { ReferenceInput, SelectInput } from 'react-admin';

/** The order list's filter by processing route, by name. */
export const RouteFilter = ({ source }: { source: string }) => (
  <ReferenceInput
    source={source}
    reference="processing-routes"
    perPage={100}
    sort={{ field: 'position', order: 'ASC' }}
  >
    <SelectInput optionText="name" />
  </ReferenceInput>
);
