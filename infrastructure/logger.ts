import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

/**
 * What a request or answer carries that would let a reader of the logs act as someone: the bearer token, the session
 * cookie. pino-http logs headers as `req.headers` and `res.headers`; logs are read by more people than the database.
 */
const SECRET_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];

/**
 * pino logs. Requests and commands carry their correlation id as `correlationId`. On a terminal (outside production)
 * the lines are made readable by pino-pretty; piped, collected or with NODE_ENV=production they stay one JSON object a
 * line, for log collectors. LOG_FORMAT=pretty|json overrides the choice.
 */
export function createLogger(level: string, format: 'pretty' | 'json' = defaultLogFormat()): Logger {
  const options = { level, base: { service: 'oms' }, redact: { paths: SECRET_PATHS, censor: '[redacted]' } };
  if (format === 'json') return pino(options);
  // In-process (not a transport's worker thread), so the last lines before an exit are never lost.
  return pino(
    options,
    pretty({
      colorize: process.stdout.isTTY === true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,service',
      sync: true,
    }),
  );
}

function defaultLogFormat(): 'pretty' | 'json' {
  const chosen = process.env.LOG_FORMAT;
  if (chosen === 'pretty' || chosen === 'json') return chosen;
  return process.stdout.isTTY && process.env.NODE_ENV !== 'production' ? 'pretty' : 'json';
}
