import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { DatabasePool } from 'slonik';
import type { CommandPipeline } from '../../application/commands/command-pipeline';
import type { EventRegistry } from '../../application/events/event-registry';
import type { RunImportDependencies } from '../../application/import/run-import';
import type { IntakePlannerDependencies } from '../../application/automation/intake-planner';
import type { Clock } from '../../application/ports/clock';
import type { Credentials } from '../../application/ports/credentials';
import type { MailPreparation } from '../../application/mail/prepare-mail';
import { loadOrders } from '../../application/documents/print-documents';
import type { EventStore } from '../../application/ports/event-store';
import { allProjections } from '../../projections/all-projections';
import type { PositionWaiter } from '../../projections/position-waiter';
import type { ProjectionRunner } from '../../projections/runner';
import type { TrustProxy } from '../config';
import { apiTokensRouter } from './api-tokens-router';
import { authenticate, sameOriginOnly } from './auth/authenticate';
import { sessionRouter } from './auth/session-router';
import { type SessionStore, sessionMiddleware } from './auth/sessions';
import { bulletinPostsRouter } from './bulletin/bulletin-posts-router';
import { customersRouter } from './customers-router';
import { enquiriesRouter } from './enquiries/enquiries-router';
import { answerMailVia } from '../../application/enquiries/answer-mail';
import { deliveryAlarmsRouter } from './delivery-alarms-router';
import { healthRouter } from './health-router';
import { idempotentRequests } from './idempotency/idempotent-requests';
import { refuseUnstorableText } from './storable-text';
import { importMappingsRouter } from './imports/import-mappings-router';
import { importsRouter } from './imports/imports-router';
import { trackingImportsRouter } from './tracking/tracking-imports-router';
import { labelKeysFromProjection } from '../tracking/label-keys';
import type { UploadFolder } from './imports/upload-folder';
import type { StaffRequests } from './staff-requests';
import { operationHistoryRouter } from './operation-history-router';
import { individualMailsRouter } from './orders/individual-mails-router';
import { saveMailImage } from '../../application/my-page/mail-images';
import { orderEntryRouter } from './orders/order-entry-router';
import type { RequestMailsDependencies } from '../../application/mail/request-mails';
import { ordersRouter } from './orders/orders-router';
import { bundlesRouter } from './bundles/bundles-router';
import { orderMailsRouter } from './orders/order-mails-router';
import { documentsRouter } from './documents/documents-router';
import { documentPrinting } from '../documents/document-printing';
import { returnFileLayoutNamed } from '../labels/custom-label-layouts';
import { labelExporting } from '../labels/label-exporting';
import type { ImportsInProgress } from '../../application/import/imports-in-progress';
import type { TrackingImportCounts } from '../../application/tracking/import-tracking-numbers';
import { labelExportsRouter } from './labels/label-exports-router';
import { mailTemplatesRouter } from './mail-templates/mail-templates-router';
import { shippingResultsWriting } from '../shipping-results/shipping-results-writing';
import { shippingResultsRouter } from './shipping-results/shipping-results-router';
import { savedSearchesRouter } from './saved-searches/saved-searches-router';
import { securityHeaders } from './security-headers';
import { myPageRouter } from './my-page/my-page-router';
import { loadMyPageKeys } from '../my-page/my-page-keys';
import type { BuyerEnquiries } from '../../application/my-page/buyer-enquiries';
import { automationSettingsRouter } from './automation';
import { ruleDryRunRouter } from './automation/dry-run-router';
import { settingsRouter } from './settings';
import { mailSettingsRouter } from './settings/mail-settings-router';
import { caughtMailsRouter } from './caught-mails-router';
import type { ShopTransports } from '../mail/shop-transports';
import { staffUsersRouter } from './staff-users-router';
import { tenantAccessRouter } from './tenant-access-router';

/** A JSON body larger than this is refused with 413: the largest order entry is a few tens of kB. */
export const JSON_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

const ADMIN_DIST = path.join(__dirname, '..', '..', 'admin', 'dist');

/** What the routers use; bound and resolved by the container's http module. */
export interface HttpDependencies {
  readonly logger: Logger;
  readonly db: DatabasePool;
  readonly sessionStore: SessionStore;
  /** The マイページ's sessions: the same table, another store object (see container.ts). */
  readonly buyerSessionStore: SessionStore;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly clock: Clock;
  readonly credentials: Credentials;
  /** Every router that changes something goes through it. */
  readonly pipeline: CommandPipeline;
  /** Imports wait for their read models outside the pipeline. */
  readonly waiter: PositionWaiter;
  readonly runners: readonly ProjectionRunner[];
  readonly imports: RunImportDependencies;
  readonly uploads: UploadFolder;
  /** 伝票番号取込 answered with 202 and still running here. */
  readonly trackingInProgress: ImportsInProgress<TrackingImportCounts>;
  /** Counts staff's requests, which a running import gives way to. */
  readonly staffRequests: StaffRequests;
  /** Each shop's way out for mail (its SMTP server or the local catcher): the 接続テスト and the test send. */
  readonly shopTransports: ShopTransports;
  /** Which proxies in front to believe about the client's address and TLS (TRUST_PROXY). */
  readonly trustProxy: TrustProxy;
  /** Renders a mail as the sending worker does: the template editor's preview and test send. */
  readonly mailPreparation: MailPreparation;
  /** 問い合わせ as the マイページ sends and shows them. */
  readonly buyerEnquiries: BuyerEnquiries;
  /** The mail queue: send-mail, 個別メール and answers to 問い合わせ. */
  readonly mailRequests: RequestMailsDependencies;
  /** What the checks and automation rules read: staff entry, the re-check and the dry run. */
  readonly intake: IntakePlannerDependencies;
}

/** The express application: JSON API under /api, the built react-admin app at /. */
export async function createApp(deps: HttpDependencies): Promise<Express> {
  const { logger, db, pipeline } = deps;
  const app = express();
  app.disable('x-powered-by');
  const printing = documentPrinting({ db, store: deps.store, registry: deps.registry, pipeline, clock: deps.clock });
  // Behind a TLS proxy, req.secure (the cookie's Secure flag, HSTS) and req.ip (the sign-in limits) come from it.
  app.set('trust proxy', deps.trustProxy);
  app.use(securityHeaders());
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
  app.use(express.json({ limit: JSON_BODY_LIMIT_BYTES }));
  app.use('/api', deps.staffRequests.middleware);
  app.use(
    '/api',
    refuseUnstorableText,
    await sessionMiddleware(db, deps.sessionStore),
    authenticate(db),
    sameOriginOnly,
  );
  app.use('/api', idempotentRequests(db));
  app.use('/api', sessionRouter({ db, credentials: deps.credentials }));
  app.use('/api', staffUsersRouter({ db, pipeline, credentials: deps.credentials }));
  app.use('/api', tenantAccessRouter({ db, pipeline }), apiTokensRouter({ db }));
  app.use('/api', operationHistoryRouter(db));
  app.use('/api', orderMailsRouter({ db, mails: deps.mailRequests }));
  app.use('/api', bundlesRouter({ db, store: deps.store, registry: deps.registry, pipeline }));
  app.use('/api', ordersRouter({ db, store: deps.store, registry: deps.registry, pipeline }));
  app.use(
    '/api',
    documentsRouter({
      db,
      printing,
    }),
  );
  app.use(
    '/api',
    labelExportsRouter({
      db,
      exporting: labelExporting({ db, store: deps.store, registry: deps.registry, pipeline, clock: deps.clock }),
    }),
  );
  app.use(
    '/api',
    shippingResultsRouter({
      db,
      writing: shippingResultsWriting({ db, store: deps.store, registry: deps.registry, pipeline, clock: deps.clock }),
    }),
  );
  app.use('/api', settingsRouter({ db, pipeline }));
  app.use('/api', ruleDryRunRouter({ ...deps.intake, db }));
  app.use('/api', automationSettingsRouter({ db, pipeline, store: deps.store, registry: deps.registry }));
  app.use(
    '/api',
    mailTemplatesRouter({
      db,
      pipeline,
      trying: {
        preparation: deps.mailPreparation,
        transports: deps.shopTransports,
        loadOrder: async (tenantId, orderId) =>
          (await loadOrders({ store: deps.store, registry: deps.registry }, tenantId, [orderId])).orders.get(orderId),
      },
    }),
  );
  app.use('/api', mailSettingsRouter({ db, pipeline, transports: deps.shopTransports }), caughtMailsRouter(db));
  app.use('/api', customersRouter({ db, pipeline }));
  app.use(
    '/api',
    individualMailsRouter({
      db,
      store: deps.store,
      registry: deps.registry,
      requests: deps.mailRequests,
      preparation: deps.mailPreparation,
      saveImage: (upload) => saveMailImage(db, upload),
    }),
    enquiriesRouter({ db, pipeline, sendAnswerMail: answerMailVia(deps.mailRequests) }),
  );
  app.use(
    '/api',
    orderEntryRouter({
      db,
      pipeline,
      clock: deps.clock,
      store: deps.store,
      registry: deps.registry,
      intake: deps.intake,
    }),
  );
  app.use(
    '/api',
    bulletinPostsRouter({ db, pipeline }),
    savedSearchesRouter({ db, pipeline }),
    deliveryAlarmsRouter({ db, clock: deps.clock }),
  );
  app.use(
    '/api',
    importsRouter({ db, waiter: deps.waiter, imports: deps.imports, uploads: deps.uploads, logger }),
    importMappingsRouter({ db, pipeline }),
    trackingImportsRouter({
      tracking: {
        store: deps.store,
        registry: deps.registry,
        pipeline,
        labelKeys: labelKeysFromProjection(db, deps.store, deps.waiter),
      },
      uploads: deps.uploads,
      inProgress: deps.trackingInProgress,
      logger,
      returnLayout: (tenantId, name) => returnFileLayoutNamed(db, tenantId, name),
    }),
  );
  app.use('/api', healthRouter({ db, store: deps.store, projections: allProjections, runners: deps.runners }));
  app.use(
    '/my',
    await myPageRouter({
      db,
      sessionStore: deps.buyerSessionStore,
      keys: () => loadMyPageKeys(db),
      now: () => deps.clock.now(),
      printing,
      enquiries: deps.buyerEnquiries,
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
    if (error?.type === 'entity.too.large') {
      const limit = `${Number(error.limit ?? JSON_BODY_LIMIT_BYTES) / (1024 * 1024)} MiB`;
      res.status(413).json({
        error: {
          code: 'body_too_large',
          ja: `本文が大きすぎます (上限 ${limit})`,
          en: `the body is larger than the limit of ${limit}`,
        },
      });
      return;
    }
    // Other refusals of the parsers and the router (a malformed %-escape, an unsupported charset) say their status.
    const status = Number(error?.status ?? error?.statusCode);
    if (status >= 400 && status < 500) {
      res.status(status).json({
        error: {
          code: 'bad_request',
          ja: 'リクエストを受け付けられません',
          en: String(error.message ?? 'bad request'),
        },
      });
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
