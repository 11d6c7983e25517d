/** The little of a logger the application needs; pino's Logger is one. */
export interface Log {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export const silentLog: Log = { info: () => undefined, warn: () => undefined };
