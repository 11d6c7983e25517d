import { ContainerModule } from 'inversify';
import { createApp } from '../http/create-app';
import { TOKENS } from '../container';

/** The express application, built from the services it needs (resolve it with `getAsync`). */
export const httpModule = new ContainerModule(({ bind }) => {
  bind(TOKENS.HttpApp).toDynamicValue((c) =>
    createApp({
      logger: c.get(TOKENS.Logger),
      db: c.get(TOKENS.Db),
      pgPool: c.get(TOKENS.PgPool),
      store: c.get(TOKENS.EventStore),
      registry: c.get(TOKENS.Registry),
      clock: c.get(TOKENS.Clock),
      credentials: c.get(TOKENS.Credentials),
      pipeline: c.get(TOKENS.Pipeline),
      waiter: c.get(TOKENS.PositionWaiter),
      runners: c.get(TOKENS.ProjectionRunners),
      imports: c.get(TOKENS.ImportDependencies),
      uploads: c.get(TOKENS.UploadFolder),
      staffRequests: c.get(TOKENS.StaffRequests),
      trustProxy: c.get(TOKENS.Config).trustProxy,
    }),
  );
});
