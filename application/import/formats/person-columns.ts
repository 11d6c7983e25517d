import type { ColumnMapping } from '../column-mapping';
import type { PERSON_FIELDS } from '../fields';

type Source = NonNullable<ColumnMapping['fields'][keyof ColumnMapping['fields']]>;

/** A person's columns (name, kana, address, …) as the orderer's or the recipient's fields of a mapping. */
export const personFields = (
  role: 'orderer' | 'recipient',
  columns: Partial<Record<(typeof PERSON_FIELDS)[number], Source>>,
): ColumnMapping['fields'] =>
  Object.fromEntries(Object.entries(columns).map(([field, source]) => [`${role}.${field}`, source]));
