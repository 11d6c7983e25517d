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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    eventStoreUrl: env.EVENTSTORE_URL || undefined,
    dataDir: path.resolve(env.OMS_DATA_DIR ?? path.join(__dirname, '..', '.data')),
    embeddedPostgresPort: Number(env.EMBEDDED_POSTGRES_PORT ?? 54329),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
