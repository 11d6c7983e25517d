import path from 'node:path';

export interface Config {
  readonly port: number;
  /** An existing PostgreSQL; without it the embedded one under `dataDir` is started. */
  readonly databaseUrl: string | undefined;
  /** `esdb://…`: keep events in EventStoreDB instead of PostgreSQL. */
  readonly eventStoreUrl: string | undefined;
  readonly dataDir: string;
  readonly embeddedPostgresPort: number;
  readonly logLevel: string;
  /** How long a stopping server waits for the imports it runs to end (its host's grace period, less a margin). */
  readonly stopGraceSeconds: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`);
  const stopGraceSeconds = Number(env.OMS_STOP_GRACE_SECONDS ?? 25);
  if (!Number.isFinite(stopGraceSeconds) || stopGraceSeconds < 0)
    throw new Error(`OMS_STOP_GRACE_SECONDS must be a number of seconds, not ${env.OMS_STOP_GRACE_SECONDS}`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    eventStoreUrl: env.EVENTSTORE_URL || undefined,
    dataDir: path.resolve(env.OMS_DATA_DIR ?? path.join(__dirname, '..', '.data')),
    embeddedPostgresPort: Number(env.EMBEDDED_POSTGRES_PORT ?? 54329),
    logLevel: env.LOG_LEVEL ?? 'info',
    stopGraceSeconds,
  };
}
