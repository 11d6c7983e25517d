import { EventEmitter } from 'node:events';
import { ContainerModule } from 'inversify';
import { allProjections } from '../../projections/all-projections';
import { CatchUpWaiter } from '../../projections/catch-up-waiter';
import { PositionWaiter } from '../../projections/position-waiter';
import { ProjectionRunner } from '../../projections/runner';
import { TOKENS, type ReadModelsMode } from '../container';

/** The read models: one runner per projection, and how a command waits until they show what it wrote. */
export const projectionsModule = (readModels: ReadModelsMode) =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.ProjectionProgress).toConstantValue(new EventEmitter().setMaxListeners(0));
    bind(TOKENS.ProjectionRunners).toDynamicValue((c) => {
      const deps = {
        store: c.get(TOKENS.EventStore),
        db: c.get(TOKENS.Db),
        registry: c.get(TOKENS.Registry),
        logger: c.get(TOKENS.Logger),
        progress: c.get(TOKENS.ProjectionProgress),
      };
      return allProjections.map((projection) => new ProjectionRunner(projection, deps));
    });
    bind(TOKENS.PositionWaiter).toDynamicValue(
      (c) => new PositionWaiter(c.get(TOKENS.Db), c.get(TOKENS.ProjectionProgress), allProjections),
    );
    bind(TOKENS.ReadModelWaiter).toDynamicValue((c) =>
      readModels === 'live' ? c.get(TOKENS.PositionWaiter) : new CatchUpWaiter(c.get(TOKENS.ProjectionRunners)),
    );
  });
