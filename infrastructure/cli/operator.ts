import { randomUUID } from 'node:crypto';
import type { Caller } from '../../application/commands/command-pipeline';

/** The CLI's operator as the caller of a command: `cli` in the operation history, a new request each run. */
export const operator = (tenantId: string, actor = 'cli'): Caller => ({ tenantId, actor, correlationId: randomUUID() });
