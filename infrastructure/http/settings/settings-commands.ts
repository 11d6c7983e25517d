import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import * as E from 'fp-ts/Either';
import type { DatabasePool } from 'slonik';
import type { CommandContext } from '../../../application/commands/command-context';
import type { CommandFailure, CommandHandler, CommandSuccess } from '../../../application/commands/command-handler';
import type { EventRegistry } from '../../../application/events/event-registry';
import type { EventStore } from '../../../application/ports/event-store';
import type { PositionWaiter } from '../../../projections/position-waiter';

export interface SettingsRouterDependencies {
  readonly db: DatabasePool;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly commands: CommandHandler;
  readonly waiter: PositionWaiter;
}

/** The signed-in user's command; a retried request with the same Idempotency-Key writes nothing twice. */
export const commandContextOf = (req: Request): CommandContext => ({
  tenantId: req.principal!.tenantId,
  actor: req.principal!.staffUserId,
  commandId: String(req.headers['idempotency-key'] ?? randomUUID()),
  correlationId: String(req.id),
});

/** Refusals that mean "that already exists": the request clashes with the current state rather than breaking a rule. */
const CLASHES = new Set([
  'processing_route.name_taken',
  'processing_route.already_defined',
  'shop.already_registered',
  'canned_phrase.already_defined',
]);

const failureStatus = (failure: CommandFailure): number =>
  failure.kind === 'conflict'
    ? 409
    : failure.error.code.endsWith('.not_found')
      ? 404
      : CLASHES.has(failure.error.code)
        ? 409
        : 422;

/**
 * Answers a settings command: on success only once the read models show it (then `view()` is what is sent), otherwise
 * 404 for a missing (or another tenant's) record, 409 for a clash or a concurrent change, 422 for a broken rule.
 */
export async function answerCommand<State>(
  deps: SettingsRouterDependencies,
  res: Response,
  result: E.Either<CommandFailure, CommandSuccess<State>>,
  stream: string,
  view: () => Promise<unknown>,
  successStatus = 200,
): Promise<void> {
  if (E.isLeft(result)) {
    const error =
      result.left.kind === 'conflict'
        ? {
            code: 'conflict',
            ja: '他の担当者が同時に設定を変更しました。もう一度お試しください',
            en: 'someone changed the settings at the same moment; try again',
          }
        : result.left.error;
    res.status(failureStatus(result.left)).json({ error });
    return;
  }
  await deps.waiter.waitFor({
    position: result.right.position,
    streamName: stream,
    eventTypes: result.right.events.map((e) => e.type),
  });
  res.status(successStatus).json(await view());
}

/** An in-memory page for the short lists of settings (a few routes, 30 boxes), with ra-data-simple-rest's `range`. */
export const page = <T>(rows: readonly T[], offset: number, limit: number): readonly T[] =>
  rows.slice(offset, offset + limit);

/** react-admin's getMany sends `filter={"id":[…]}`. */
export const idsOf = (filter: Record<string, unknown>): string[] | undefined =>
  Array.isArray(filter.id) ? filter.id.map(String) : filter.id !== undefined ? [String(filter.id)] : undefined;
