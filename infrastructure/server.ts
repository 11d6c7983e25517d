import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Container } from 'inversify';
import type { Logger } from 'pino';
import type { Config } from './config';
import { createContainer, TOKENS } from './container';
import { watchForAbandonedImports } from './import/watch-abandoned-imports';
import { releaseKeysOfStoppedRequests } from './http/idempotency/request-answers';
import { createLogger } from './logger';
import { startMailSending } from './mail/mail-sending';
import { openDatabase } from './postgres/database';
import { errorCode, StartFailure } from './start-failure';

export interface RunningServer {
  readonly url: string;
  readonly container: Container;
  stop(): Promise<void>;
}

async function startServing(config: Config, logger: Logger, connectionString: string) {
  const { container, close } = await createContainer(config, logger, connectionString);
  try {
    // Files uploaded to a server that was killed midway are removed now, before anything is uploaded.
    await container.get(TOKENS.UploadFolder).path();
    const released = await releaseKeysOfStoppedRequests(container.get(TOKENS.Db));
    if (released > 0) logger.warn({ released }, 'requests left running by a stopped process may be sent again');
    for (const runner of container.get(TOKENS.ProjectionRunners)) runner.start();
    for (const runner of container.get(TOKENS.PolicyRunners)) await runner.begin();
    for (const runner of container.get(TOKENS.PolicyRunners)) runner.start();
    const stopWatching = watchForAbandonedImports(
      {
        runners: container.get(TOKENS.ProjectionRunners),
        commands: container.get(TOKENS.Commands),
        store: container.get(TOKENS.EventStore),
        locks: container.get(TOKENS.ImportLocks),
        db: container.get(TOKENS.Db),
      },
      logger,
    );
    const mail = await startMailSending(container, connectionString, {
      waitForReadModels: false,
      concurrency: config.mailWorkers,
    }).catch(async (error: unknown) => {
      await stopWatching();
      throw error;
    });
    const http = await listen(await container.getAsync(TOKENS.HttpApp), config.port).catch(async (error: unknown) => {
      await mail.stop();
      await stopWatching();
      throw error;
    });
    return { container, close, stopWatching, http, mail };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

async function listen(app: Express, port: number): Promise<Server> {
  const http: Server = app.listen(port);
  try {
    await new Promise<void>((resolve, reject) => http.once('listening', resolve).once('error', reject));
    return http;
  } catch (error) {
    http.close();
    throw httpFailure(port, error);
  }
}

function httpFailure(port: number, error: unknown): unknown {
  switch (errorCode(error)) {
    case 'EADDRINUSE':
      return new StartFailure(
        `The HTTP port ${port} (PORT) is in use: another server, perhaps another copy of this system, is listening on it.`,
        `Stop that server, or start this one on another port: PORT=${port === 65535 ? port - 1 : port + 1} npm start.`,
        { cause: error },
      );
    case 'EACCES':
      return new StartFailure(
        `The HTTP port ${port} (PORT) may not be used by this user (ports below 1024 are reserved to root).`,
        'Choose a port from 1024 up with PORT (e.g. PORT=3000) and put a reverse proxy in front for port 80 or 443.',
        { cause: error },
      );
    default:
      return error;
  }
}

/** Database, event store, projection runners, HTTP: the whole product in one process. */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config.logLevel, config.logFormat);
  const database = await openDatabase(config, logger);
  let started: Awaited<ReturnType<typeof startServing>>;
  try {
    started = await startServing(config, logger, database.connectionString);
  } catch (error) {
    // What started before the failure (the embedded PostgreSQL above all) must not outlive this process.
    await database.stop().catch(() => undefined);
    throw error;
  }
  const { container, close, stopWatching, http, mail } = started;
  const url = `http://localhost:${(http.address() as AddressInfo).port}`;
  logger.info({ url }, 'serving');

  return {
    url,
    container,
    async stop() {
      logger.info('stopping');
      await stopWatching();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      // Keep-alive connections would otherwise hold close() open until their clients let go.
      http.closeAllConnections();
      await closed;
      logger.debug('stopping: http closed');
      const graceMs = config.stopGraceSeconds * 1000;
      const ended = await Promise.all([
        container.get(TOKENS.ImportsInProgress).allEnded(graceMs),
        container.get(TOKENS.TrackingImportsInProgress).allEnded(graceMs),
      ]);
      if (ended.includes(false)) {
        logger.warn(
          { graceSeconds: config.stopGraceSeconds },
          'stopping with imports still running: the next start records them as failed',
        );
      }
      await mail.stop();
      logger.debug('stopping: mail queue stopped');
      await close();
      logger.debug('stopping: runners and pools closed');
      await database.stop();
      logger.info('stopped');
    },
  };
}
