import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Container } from 'inversify';
import type { Config } from './config';
import { createContainer, TOKENS } from './container';
import { watchForAbandonedImports } from './import/watch-abandoned-imports';
import { createLogger } from './logger';
import { openDatabase } from './postgres/database';

export interface RunningServer {
  readonly url: string;
  readonly container: Container;
  stop(): Promise<void>;
}

/** Database, event store, projection runners, HTTP: the whole product in one process. */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  const { container, close } = await createContainer(config, logger, database.connectionString);
  for (const runner of container.get(TOKENS.ProjectionRunners)) runner.start();
  const stopWatching = watchForAbandonedImports(
    {
      runners: container.get(TOKENS.ProjectionRunners),
      commands: container.get(TOKENS.Commands),
      locks: container.get(TOKENS.ImportLocks),
      db: container.get(TOKENS.Db),
    },
    logger,
  );

  const http: Server = (await container.getAsync(TOKENS.HttpApp)).listen(config.port);
  await new Promise<void>((resolve, reject) => http.once('listening', resolve).once('error', reject));
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
      const imports = container.get(TOKENS.ImportsInProgress);
      if (!(await imports.allEnded(config.stopGraceSeconds * 1000))) {
        logger.warn(
          { graceSeconds: config.stopGraceSeconds },
          'stopping with imports still running: the next start records them as failed',
        );
      }
      await close();
      logger.debug('stopping: runners and pools closed');
      await database.stop();
      logger.info('stopped');
    },
  };
}
