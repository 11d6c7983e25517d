import type { DatabasePool } from 'slonik';
import type { CommandPipeline } from '../../../application/commands/command-pipeline';
import type { EventRegistry } from '../../../application/events/event-registry';
import type { EventStore } from '../../../application/ports/event-store';

/** The automation settings are read from their streams (small, and what intake itself reads), not a read model. */
export interface AutomationRouterDependencies {
  readonly db: DatabasePool;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly pipeline: CommandPipeline;
}
