import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import * as E from 'fp-ts/Either';
import type { CommandFailure, CommandHandler, CommandSuccess } from '../../application/commands/command-handler';
import type { Decider, DomainEvent } from '../../domain/shared/decider';
import type { PositionWaiter } from '../../projections/position-waiter';

export interface CommandRouteDependencies {
  readonly commands: CommandHandler;
  readonly waiter: PositionWaiter;
}

/**
 * Runs a signed-in user's command on one stream and, when it wrote something, waits until the read models show it,
 * so that the answer and the next list the user opens already include the change.
 */
export async function runUserCommand<Command, Event extends DomainEvent, State>(
  deps: CommandRouteDependencies,
  req: Request,
  decider: Decider<Command, Event, State>,
  stream: string,
  command: Command,
  options: { commandName: string; expectedRevision?: number },
): Promise<E.Either<CommandFailure, CommandSuccess<State>>> {
  const principal = req.principal!;
  const result = await deps.commands.handle(
    decider,
    stream,
    command,
    {
      tenantId: principal.tenantId,
      actor: principal.staffUserId,
      commandId: `${String(req.headers['idempotency-key'] ?? randomUUID())}:${stream}`,
      correlationId: String(req.id),
    },
    {
      commandName: options.commandName,
      ...(options.expectedRevision !== undefined && { expectedRevision: BigInt(options.expectedRevision) }),
    },
  );
  if (E.isRight(result)) {
    await deps.waiter.waitFor({
      position: result.right.position,
      streamName: stream,
      eventTypes: result.right.events.map((e) => e.type),
    });
  }
  return result;
}

/**
 * A refused command as HTTP: 409 for a stale edit, the status `statusByCode` gives a refusal's code (404 for "not
 * found", 403 for "not yours"), else 422 with the reason.
 */
export function sendCommandFailure(
  res: Response,
  failure: CommandFailure,
  statusByCode: Readonly<Record<string, number>>,
): void {
  if (failure.kind === 'conflict') {
    res.status(409).json({
      error: {
        code: 'conflict',
        ja: '他の担当者が先に更新しました。最新の内容を確認してください',
        en: 'someone changed this first; reload it',
      },
      currentRevision: failure.currentRevision === undefined ? null : Number(failure.currentRevision),
    });
    return;
  }
  res.status(statusByCode[failure.error.code] ?? 422).json({ error: failure.error });
}
