import { ContainerModule } from 'inversify';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { DatabasePool } from 'slonik';
import { systemClock } from '../../application/ports/clock';
import type { Config } from '../config';
import { TOKENS } from '../container';

/** What the process opened before anything else: its configuration, log, clock and database pools. */
export const coreModule = (opened: { config: Config; logger: Logger; pgPool: pg.Pool; db: DatabasePool }) =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.Config).toConstantValue(opened.config);
    bind(TOKENS.Logger).toConstantValue(opened.logger);
    bind(TOKENS.PgPool).toConstantValue(opened.pgPool);
    bind(TOKENS.Db).toConstantValue(opened.db);
    bind(TOKENS.Clock).toConstantValue(systemClock);
  });
