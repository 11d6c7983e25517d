import pino, { type Logger } from 'pino';

/** JSON logs (pino). Requests and commands carry their correlation id as `correlationId`. */
export const createLogger = (level: string): Logger => pino({ level, base: { service: 'oms' } });
