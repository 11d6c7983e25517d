import * as t from 'io-ts';

/**
 * A shop's own file layout saved under a name (a cart without a built-in format: ヤマダモール, ぐるなび食市場, …). The
 * domain keeps the mapping as an opaque value; its shape belongs to the import engine, so the event registry is given
 * the engine's codec (application/import/column-mapping.ts) and checks every mapping on append and on read.
 */
export const importMappingEvents = <Mapping extends t.Mixed>(mapping: Mapping) => ({
  ImportMappingDefined: t.strict({
    type: t.literal('ImportMappingDefined'),
    data: t.strict({ mappingId: t.string, tenantId: t.string, shopId: t.string, name: t.string, mapping }),
  }),
  ImportMappingChanged: t.strict({
    type: t.literal('ImportMappingChanged'),
    data: t.strict({ mappingId: t.string, mapping }),
  }),
  ImportMappingDeleted: t.strict({ type: t.literal('ImportMappingDeleted'), data: t.strict({ mappingId: t.string }) }),
});

type Events = ReturnType<typeof importMappingEvents<t.UnknownRecordC>>;
export type ImportMappingDefined = t.TypeOf<Events['ImportMappingDefined']>;
export type ImportMappingChanged = t.TypeOf<Events['ImportMappingChanged']>;
export type ImportMappingDeleted = t.TypeOf<Events['ImportMappingDeleted']>;
export type ImportMappingEvent = ImportMappingDefined | ImportMappingChanged | ImportMappingDeleted;
export const IMPORT_MAPPING_EVENT_TYPES = [
  'ImportMappingDefined',
  'ImportMappingChanged',
  'ImportMappingDeleted',
] as const;
