/**
 * What an operator reads when `npm start` or the CLI cannot start: what failed and what to do about it. Each step of
 * the start path (configuration, data folder, embedded PostgreSQL, DATABASE_URL, migrations, HTTP port) throws a
 * StartFailure for the failures it knows; anything else is reported with its own message and stack.
 */
export class StartFailure extends Error {
  constructor(
    /** What failed, in the operator's terms (which port, which folder, which setting). */
    readonly what: string,
    /** What to do about it. */
    readonly todo: string,
    options?: { cause?: unknown },
  ) {
    super(what, options);
    this.name = 'StartFailure';
  }
}

/** The text printed for a failed start, under `heading` ("the server could not start", "oms could not start"). */
export function describeStartFailure(error: unknown, heading: string): string {
  if (error instanceof StartFailure)
    return `${heading}\n\n  ${indent(error.what)}\n\n  What to do: ${indent(error.todo)}\n`;
  const detail =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : `${String(error)} (not an Error)`;
  return (
    `${heading}\n\n  An unexpected error stopped the start:\n  ${indent(detail)}\n\n` +
    `  What to do: run again with LOG_LEVEL=debug to see each step of the start; if the cause is still unclear, ` +
    `report this text.\n`
  );
}

/** Node's system errors (`EADDRINUSE`, `EACCES`, …) carry a code. */
export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message || error.name : String(error);

const indent = (text: string) => text.replace(/\n/g, '\n  ');
