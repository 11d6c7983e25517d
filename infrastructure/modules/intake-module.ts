import { ContainerModule } from 'inversify';
import { intakeReadsFrom } from '../automation/intake-reads';
import { intakeReferenceData } from '../automation/intake-dependencies';
import { TOKENS } from '../container';

/** What intake automation (checks and rules at import and staff entry), the re-check and the dry run read. */
export const intakeModule = new ContainerModule(({ bind }) => {
  bind(TOKENS.IntakePlanning).toDynamicValue((c) => ({
    settings: c.get(TOKENS.AutomationSettings),
    reads: intakeReadsFrom(c.get(TOKENS.Db), c.get(TOKENS.EventStore), c.get(TOKENS.Registry)),
    clock: c.get(TOKENS.Clock),
    store: c.get(TOKENS.EventStore),
    registry: c.get(TOKENS.Registry),
    ...intakeReferenceData(),
  }));
});
