import { importMappingEvents } from '../../domain/import-mapping/events';
import { ColumnMapping } from './column-mapping';

/** Saved mappings' events, their mapping checked by the same codec the import engine reads them with. */
export const IMPORT_MAPPING_EVENTS = importMappingEvents(ColumnMapping);
