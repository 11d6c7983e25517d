import { randomUUID } from 'node:crypto';
import { deterministicId } from '../../domain/shared/ids';

/**
 * The one command id scheme. A client's idempotency key names its request; the stream it goes to is added because one
 * request can write to several streams (an order and its day's order numbers, a bulk action's orders), and each write
 * must be recognised as a repeat on its own stream. Without a key every request is new.
 */
export const commandIdFor = (idempotencyKey: string | undefined, streamName: string): string =>
  `${idempotencyKey ?? randomUUID()}:${streamName}`;

/**
 * The id of a record a request creates (a bulletin post, a saved search): derived from the idempotency key when there
 * is one, so that sending the request again finds the record it created instead of creating a second.
 */
export const newRecordIdFor = (
  kind: string,
  caller: { readonly tenantId: string; readonly idempotencyKey?: string },
): string =>
  caller.idempotencyKey === undefined ? randomUUID() : deterministicId(kind, caller.tenantId, caller.idempotencyKey);
