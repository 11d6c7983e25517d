import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import { boundedArray, IdText } from '../input-codecs';
import type { CommandPipeline } from '../../../application/commands/command-pipeline';

export interface SettingsRouterDependencies {
  readonly db: DatabasePool;
  readonly pipeline: CommandPipeline;
}

/** An in-memory page for the short lists of settings (a few routes, 30 boxes), with ra-data-simple-rest's `range`. */
export const page = <T>(rows: readonly T[], offset: number, limit: number): readonly T[] =>
  rows.slice(offset, offset + limit);

/** react-admin's getMany sends `filter={"id":[…]}` (or one id): at most a page's worth. */
export const IdsFilter = t.union([IdText, t.number, boundedArray(t.union([IdText, t.number]), 500)]);
/** The filter of a settings list that is read only by id. */
export const ByIdsFilter = t.partial({ id: IdsFilter });

export const idsOf = (filter: { readonly id?: t.TypeOf<typeof IdsFilter> }): string[] | undefined =>
  Array.isArray(filter.id) ? filter.id.map(String) : filter.id !== undefined ? [String(filter.id)] : undefined;
