import os from 'node:os';
import { isIP } from 'node:net';
import path from 'node:path';
import { StartFailure } from './start-failure';

export interface Config {
  readonly port: number;
  /** An existing PostgreSQL; without it the embedded one under `dataDir` is started. */
  readonly databaseUrl: string | undefined;
  /** `esdb://…`: keep events in EventStoreDB instead of PostgreSQL. */
  readonly eventStoreUrl: string | undefined;
  readonly dataDir: string;
  /** OMS_DATA_DIR was set: the embedded PostgreSQL keeps its cluster there or nowhere (never moved elsewhere). */
  readonly dataDirChosen?: boolean;
  readonly embeddedPostgresPort: number;
  readonly logLevel: string;
  /** `pretty` (readable lines) or `json`; unset: pretty on a terminal outside production, JSON otherwise. */
  readonly logFormat?: 'pretty' | 'json';
  /** Where uploaded import files wait while their import runs (a folder per server under it). */
  readonly uploadDir: string;
  /** OMS_SMTP_CA_FILE: PEM certificates to trust for shops' SMTP servers besides the usual ones (an in-house CA). */
  readonly smtpCaFile?: string;
  /** How long a stopping server waits for the imports it runs to end (its host's grace period, less a margin). */
  readonly stopGraceSeconds: number;
  /**
   * express's `trust proxy`: which proxies in front may say, in X-Forwarded-For / -Proto, who the client is and that it
   * came over TLS. `false` (unset): none, the connection's own address and protocol count.
   */
  readonly trustProxy: TrustProxy;
  /** Connections for requests and the read models' writes (each read model also keeps one for its lock). */
  readonly databaseConnections: number;
  /**
   * The import's own connections, apart from the requests': an import never takes more of PostgreSQL than these, so
   * staff keep the rest while it runs. Also how many batches of orders one import decides and appends at once.
   */
  readonly importConnections: number;
  /** Mails the server's worker sends side by side (OMS_MAIL_WORKERS): each holds a connection while it talks SMTP. */
  readonly mailWorkers: number;
  /**
   * Where buyers reach this server (scheme, host, port, no trailing slash): the マイページ links in mails start with it.
   * PUBLIC_URL; `http://localhost:PORT` by default, which only the machine itself can open.
   */
  readonly publicUrl: string;
}

/** A number of proxy hops, or the proxies' addresses / subnets / `loopback`, `linklocal`, `uniquelocal`. */
export type TrustProxy = false | number | readonly string[];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the environment; a value that cannot be used stops the start with the variable, the value and what it takes. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`PORT= npm start`) counts as unset, as for DATABASE_URL.
  const value = (name: string) => env[name] || undefined;
  const logFormat = value('LOG_FORMAT');
  if (logFormat !== undefined && logFormat !== 'pretty' && logFormat !== 'json')
    throw invalid('LOG_FORMAT', logFormat, '`pretty` or `json`');
  const logLevel = value('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw invalid('LOG_LEVEL', logLevel, `one of ${LOG_LEVELS.join(', ')}`);
  const stopGraceSeconds = Number(value('OMS_STOP_GRACE_SECONDS') ?? 25);
  if (!Number.isFinite(stopGraceSeconds) || stopGraceSeconds < 0)
    throw invalid('OMS_STOP_GRACE_SECONDS', env.OMS_STOP_GRACE_SECONDS, 'a number of seconds (0 or more), e.g. 25');
  const databaseUrl = value('DATABASE_URL');
  const connections = (name: string, fallback: number) => {
    const count = Number(value(name) ?? fallback);
    if (!Number.isInteger(count) || count < 1 || count > 100)
      throw invalid(name, env[name], `a number of connections from 1 to 100 (half-width digits), e.g. ${fallback}`);
    return count;
  };
  if (databaseUrl !== undefined && !/^postgres(ql)?:$/.test(urlProtocol(databaseUrl)))
    throw invalid(
      'DATABASE_URL',
      databaseUrl,
      'a PostgreSQL URL (postgres://user:password@host:5432/database)',
      'its value (not shown: it may hold a password)',
    );
  const trustProxy = trustProxyOf(value('TRUST_PROXY'));
  const port = portNumber(env, 'PORT', 3000, 0);
  return {
    port,
    databaseUrl,
    eventStoreUrl: value('EVENTSTORE_URL'),
    dataDir: path.resolve(value('OMS_DATA_DIR') ?? path.join(__dirname, '..', '.data')),
    dataDirChosen: value('OMS_DATA_DIR') !== undefined,
    embeddedPostgresPort: portNumber(env, 'EMBEDDED_POSTGRES_PORT', 54329, 1),
    logLevel,
    logFormat,
    stopGraceSeconds,
    uploadDir: path.resolve(value('OMS_UPLOAD_DIR') ?? path.join(os.tmpdir(), 'oms-imports')),
    smtpCaFile: value('OMS_SMTP_CA_FILE'),
    trustProxy,
    databaseConnections: connections('OMS_DB_CONNECTIONS', 10),
    importConnections: connections('OMS_IMPORT_DB_CONNECTIONS', 1),
    mailWorkers: connections('OMS_MAIL_WORKERS', 8),
    publicUrl: publicUrlOf(value('PUBLIC_URL'), port),
  };
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
/** `10.0.0.1`, `10.0.0.0/8`, `fd00::/8`: what express's proxy-addr takes. */
const isProxyAddress = (entry: string) => {
  const [address = '', prefix, ...rest] = entry.split('/');
  return isIP(address) !== 0 && rest.length === 0 && (prefix === undefined || /^\d{1,3}$/.test(prefix));
};

/**
 * `true` is refused: it would believe whatever X-Forwarded-For a client sends, and with it any address it claims. Naming
 * the hops or the proxies keeps the client's address one the proxy saw.
 */
function trustProxyOf(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw === 'false' || raw === '0') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((entry) => entry.trim());
  if (entries.every((entry) => PROXY_NAMES.includes(entry) || isProxyAddress(entry))) return entries;
  throw invalid(
    'TRUST_PROXY',
    raw,
    'the number of proxies in front (e.g. 1) or their addresses (e.g. loopback,10.0.0.0/8); `true` is not taken',
  );
}

/** An http(s) origin, perhaps with a path prefix (behind a proxy); the trailing slash is dropped. */
function publicUrlOf(raw: string | undefined, port: number): string {
  if (raw === undefined) return `http://localhost:${port}`;
  if (!/^https?:$/.test(urlProtocol(raw)) || /[?#]/.test(raw))
    throw invalid('PUBLIC_URL', raw, 'an http:// or https:// address without ? or #, e.g. https://shop.example.jp');
  return raw.replace(/\/+$/, '');
}

function portNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, lowest: number): number {
  const port = Number(env[name] || fallback);
  if (!Number.isInteger(port) || port < lowest || port > 65535)
    throw invalid(name, env[name], `a port number from ${lowest} to 65535 (half-width digits), e.g. ${fallback}`);
  return port;
}

function urlProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

const invalid = (name: string, value: string | undefined, expected: string, shown = JSON.stringify(value)) =>
  new StartFailure(
    `${name} cannot be used: ${shown} is not ${expected}.`,
    `Correct ${name} in the environment (or remove it to use the default) and start again.`,
  );
