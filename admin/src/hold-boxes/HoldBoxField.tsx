import { ReferenceField, ReferenceInput, SelectInput, TextField } from 'react-admin';

/** A hold box by its number in an order (`heldBox`, `hold.box`), shown with the tenant's name for it. */
export const HoldBoxField = ({ source }: { source: string; label?: string }) => (
  <ReferenceField source={source} reference="hold-boxes" link={false} emptyText="">
    <TextField source="name" />
  </ReferenceField>
);

/** The order list's filter by box, offering the 30 boxes by name. */
export const HoldBoxFilter = ({ source }: { source: string; alwaysOn?: boolean }) => (
  <ReferenceInput source={source} reference="hold-boxes" perPage={30} sort={{ field: 'id', order: 'ASC' }}>
    <SelectInput optionText="name" />
  </ReferenceInput>
);
