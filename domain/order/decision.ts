import * as E from 'fp-ts/Either';
import { type DomainError, domainError } from '../shared/decider';
import type { OrderEvent } from './events';
import { type OrderStatus, STATUS_LABELS } from './status';

export type Decision = E.Either<DomainError, OrderEvent[]>;

/** A missing order, and (to the tenant-scoped decider) another tenant's: they must look the same. */
export const ORDER_NOT_FOUND = domainError('order.not_found', '受注が見つかりません', 'no such order');

export const emit = (events: OrderEvent[]): Decision => E.right(events);

export const refuse = (code: string, ja: string, en: string): Decision => E.left(domainError(code, ja, en));

/** A status as staff read it in a message: 「発送待ち」. */
export const label = (status: OrderStatus): string => `「${STATUS_LABELS[status]}」`;
