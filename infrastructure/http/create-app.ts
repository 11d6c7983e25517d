import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Container } from 'inversify';
import { allProjections } from '../../projections/all-projections';
import { TOKENS } from '../container';
import { importDependencies } from '../import/import-dependencies';
import { authenticate, sameOriginOnly } from './auth/authenticate';
import { sessionRouter } from './auth/session-router';
import { sessionMiddleware } from './auth/sessions';
import { bulletinPostsRouter } from './bulletin/bulletin-posts-router';
import { customersRouter } from './customers-router';
import { deliveryAlarmsRouter } from './delivery-alarms-router';
import { healthRouter } from './health-router';
import { importMappingsRouter } from './imports/import-mappings-router';
import { importsRouter } from './imports/imports-router';
import { operationHistoryRouter } from './operation-history-router';
import { orderEntryRouter } from './orders/order-entry-router';
import { ordersRouter } from './orders/orders-router';
import { savedSearchesRouter } from './saved-searches/saved-searches-router';
import { settingsRouter } from './settings';
import { staffUsersRouter } from './staff-users-router';
import { tenantAccessRouter } from './tenant-access-router';

const ADMIN_DIST = path.join(__dirname, '..', '..', 'admin', 'dist');

/** The express application: JSON API under /api, the built react-admin app at /. */
export async function createApp(container: Container): Promise<Express> {
  const logger = container.get(TOKENS.Logger);
  const app = express();
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-correlation-id'] as string | undefined) ?? randomUUID();
        res.setHeader('x-correlation-id', id);
        return id;
      },
      customProps: (req) => ({ correlationId: req.id }),
    }),
  );
  app.use(express.json({ limit: '2mb' }));
  const db = container.get(TOKENS.Db);
  app.use('/api', await sessionMiddleware(db, container.get(TOKENS.PgPool)), authenticate(db), sameOriginOnly);
  app.use('/api', sessionRouter({ db, credentials: container.get(TOKENS.Credentials) }));
  const accountDeps = { db, commands: container.get(TOKENS.Commands), waiter: container.get(TOKENS.PositionWaiter) };
  app.use('/api', staffUsersRouter({ ...accountDeps, credentials: container.get(TOKENS.Credentials) }));
  app.use('/api', tenantAccessRouter(accountDeps));
  app.use('/api', operationHistoryRouter(db));
  app.use(
    '/api',
    ordersRouter({
      db,
      store: container.get(TOKENS.EventStore),
      registry: container.get(TOKENS.Registry),
      commands: container.get(TOKENS.Commands),
      waiter: container.get(TOKENS.PositionWaiter),
    }),
  );
  app.use(
    '/api',
    settingsRouter({
      db,
      store: container.get(TOKENS.EventStore),
      registry: container.get(TOKENS.Registry),
      commands: container.get(TOKENS.Commands),
      waiter: container.get(TOKENS.PositionWaiter),
    }),
  );
  app.use(
    '/api',
    customersRouter({ db, commands: container.get(TOKENS.Commands), waiter: container.get(TOKENS.PositionWaiter) }),
  );
  app.use(
    '/api',
    orderEntryRouter({
      db,
      store: container.get(TOKENS.EventStore),
      registry: container.get(TOKENS.Registry),
      commands: container.get(TOKENS.Commands),
      clock: container.get(TOKENS.Clock),
      waiter: container.get(TOKENS.PositionWaiter),
    }),
  );
  const bulletinAndSearchDeps = {
    db,
    commands: container.get(TOKENS.Commands),
    waiter: container.get(TOKENS.PositionWaiter),
  };
  app.use(
    '/api',
    bulletinPostsRouter(bulletinAndSearchDeps),
    savedSearchesRouter(bulletinAndSearchDeps),
    deliveryAlarmsRouter({ db, clock: container.get(TOKENS.Clock) }),
  );
  app.use(
    '/api',
    importsRouter({ db, waiter: container.get(TOKENS.PositionWaiter), imports: importDependencies(container), logger }),
    importMappingsRouter({
      db,
      commands: container.get(TOKENS.Commands),
      waiter: container.get(TOKENS.PositionWaiter),
    }),
  );

  app.use(
    '/api',
    healthRouter({
      db,
      store: container.get(TOKENS.EventStore),
      projections: allProjections,
      runners: container.get(TOKENS.ProjectionRunners),
    }),
  );
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: { code: 'not_found', ja: 'そのAPIはありません', en: 'no such API' } });
  });

  if (existsSync(ADMIN_DIST)) {
    app.use(express.static(ADMIN_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(ADMIN_DIST, 'index.html')));
  }

  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    // A body that is not JSON is the sender's mistake, not ours.
    if (error?.type === 'entity.parse.failed') {
      res
        .status(400)
        .json({ error: { code: 'invalid_json', ja: 'JSONとして読めません', en: 'the body is not valid JSON' } });
      return;
    }
    req.log.error({ err: error }, 'request failed');
    res
      .status(500)
      .json({ error: { code: 'internal', ja: 'サーバーエラーが発生しました', en: 'internal server error' } });
  };
  app.use(onError);
  return app;
}
