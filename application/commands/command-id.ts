import { randomUUID } from 'node:crypto';

/**
 * The one command id scheme. A client's idempotency key names its request; the stream it goes to is added because one
 * request can write to several streams (an order and its day's order numbers, a bulk action's orders), and each write
 * must be recognised as a repeat on its own stream. Without a key every request is new.
 */
export const commandIdFor = (idempotencyKey: string | undefined, streamName: string): string =>
  `${idempotencyKey ?? randomUUID()}:${streamName}`;
