import { domainError, type DomainError } from '../../domain/shared/decider';
import type { CommandFailure } from './command-handler';

/** The one message for a stale edit or a concurrent change, whatever the record. */
export const CONFLICT = domainError(
  'conflict',
  '他の担当者が先に更新しました。最新の内容を確認してください',
  'someone changed this first; reload it',
);

/**
 * A reference in the request (a route id in the body) that names nothing the tenant has: the record the command is
 * for exists, the request cannot be carried out. `path` is the body field that named it.
 */
export interface Unresolved {
  readonly kind: 'unresolved';
  readonly error: DomainError;
  readonly path: string;
}

/** Why a command wrote nothing: a business refusal, a stale revision, or a reference that names nothing. */
export type Refusal = CommandFailure | Unresolved;

/** The reason as a user reads it, for the CLI and logs (HTTP answers with the status table). */
export const refusalText = (refusal: Refusal): string => {
  const error = refusal.kind === 'conflict' ? CONFLICT : refusal.error;
  return `${error.ja} / ${error.en}`;
};
