import type { DatabasePool } from 'slonik';
import type { CommandPipeline } from '../../../application/commands/command-pipeline';

export interface SettingsRouterDependencies {
  readonly db: DatabasePool;
  readonly pipeline: CommandPipeline;
}

/** An in-memory page for the short lists of settings (a few routes, 30 boxes), with ra-data-simple-rest's `range`. */
export const page = <T>(rows: readonly T[], offset: number, limit: number): readonly T[] =>
  rows.slice(offset, offset + limit);

/** react-admin's getMany sends `filter={"id":[…]}`. */
export const idsOf = (filter: Record<string, unknown>): string[] | undefined =>
  Array.isArray(filter.id) ? filter.id.map(String) : filter.id !== undefined ? [String(filter.id)] : undefined;
