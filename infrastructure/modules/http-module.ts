import { ContainerModule } from 'inversify';
import { createApp } from '../http/create-app';
import type { SessionStore } from '../http/auth/sessions';
import { TOKENS } from '../container';

/** The express application, built from the services it needs (resolve it with `getAsync`), and its session store. */
export const httpModule = (sessionStore: SessionStore, buyerSessionStore: SessionStore) =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.SessionStore).toConstantValue(sessionStore);
    bind(TOKENS.HttpApp).toDynamicValue((c) =>
      createApp({
        logger: c.get(TOKENS.Logger),
        db: c.get(TOKENS.Db),
        sessionStore: c.get(TOKENS.SessionStore),
        buyerSessionStore,
        store: c.get(TOKENS.EventStore),
        registry: c.get(TOKENS.Registry),
        clock: c.get(TOKENS.Clock),
        credentials: c.get(TOKENS.Credentials),
        pipeline: c.get(TOKENS.Pipeline),
        waiter: c.get(TOKENS.PositionWaiter),
        runners: c.get(TOKENS.ProjectionRunners),
        imports: c.get(TOKENS.ImportDependencies),
        uploads: c.get(TOKENS.UploadFolder),
        trackingInProgress: c.get(TOKENS.TrackingImportsInProgress),
        staffRequests: c.get(TOKENS.StaffRequests),
        trustProxy: c.get(TOKENS.Config).trustProxy,
        mailRequests: c.get(TOKENS.MailRequests),
        mailPreparation: c.get(TOKENS.MailPreparation),
        buyerEnquiries: c.get(TOKENS.BuyerEnquiries),
        shopTransports: c.get(TOKENS.ShopTransports),
        intake: c.get(TOKENS.IntakePlanning),
      }),
    );
  });
