import * as E from 'fp-ts/Either';
import type { Decider, DomainEvent } from '../../domain/shared/decider';
import { type Log, silentLog } from '../ports/log';
import type { ReadModelWaiter } from '../ports/read-model-waiter';
import { comparePositions, type GlobalPosition, type RecordedEvent } from '../ports/event-store';
import type { CommandHandler, CommandSuccess } from './command-handler';
import { commandIdFor } from './command-id';
import type { ReferenceField, References } from './references';
import type { Refusal, Unresolved } from './refusals';

/** Who sends a command: the signed-in staff user, the CLI's operator, a policy. */
export interface Caller {
  readonly tenantId: string;
  /** A staff user id, `cli`, `system`, `rule:<id>`, or `buyer` (the buyer's page). */
  readonly actor: string;
  readonly correlationId: string;
  /** The client's name for its request: sending it again writes nothing twice and answers the same. */
  readonly idempotencyKey?: string;
  /** The event a policy answers (its id): recorded as the causation of what the command writes. */
  readonly causationId?: string;
}

/** A decider as it is, or one that sees only the caller's tenant (another tenant's record does not exist). */
export type TenantDecider<Command, Event extends DomainEvent, State> =
  Decider<Command, Event, State> | ((tenantId: string) => Decider<Command, Event, State>);

export interface CommandRequest<Command, Event extends DomainEvent, State> {
  readonly decider: TenantDecider<Command, Event, State>;
  readonly streamName: string;
  readonly command: Command;
  /** For the log and the events' metadata: `AdvanceOrderStatus`, `RenameShop`. */
  readonly commandName: string;
  /** The revision the user saw: a later change is refused as a conflict instead of being overwritten. */
  readonly expectedRevision?: bigint | number;
  /** Without an expected revision: how often to re-read and re-decide after a concurrent append. */
  readonly retries?: number;
  /**
   * false: answer once the events are stored, without waiting for the read models (a background writer nobody reads
   * back from, such as the mail worker in the server, where the runners follow the log by themselves).
   */
  readonly waitForReadModels?: boolean;
}

export interface Answered<State> extends CommandSuccess<State> {
  /** `behind` when the read models did not show the change in time: the write stands, a list may not show it yet. */
  readonly readModels: 'current' | 'behind';
}

export type PipelineResult<State> = E.Either<Refusal, Answered<State>>;

/**
 * The one path of every command, from a router, the CLI or a policy: references resolved, the tenant's decider, the
 * expected revision, the idempotency key as the command id, append, and read-your-writes. Callers only translate
 * their input (HTTP, argv) into a request and the result into their answer.
 */
export class CommandPipeline {
  constructor(
    private readonly handler: CommandHandler,
    private readonly waiter: ReadModelWaiter,
    private readonly references: References,
    private readonly log: Log = silentLog,
  ) {}

  /** The body with what its ids name added (`routeId` → `route`): once for a bulk action, then `run` per record. */
  resolve<Body extends object>(
    tenantId: string,
    fields: readonly ReferenceField[] | undefined,
    body: Body,
  ): Promise<E.Either<Unresolved, Body>> {
    return this.references.resolve(tenantId, fields ?? [], body);
  }

  async run<Command, Event extends DomainEvent, State>(
    request: CommandRequest<Command, Event, State>,
    caller: Caller,
  ): Promise<PipelineResult<State>> {
    const { streamName, commandName, expectedRevision, retries } = request;
    const decider = typeof request.decider === 'function' ? request.decider(caller.tenantId) : request.decider;
    const result = await this.handler.handle(
      decider,
      streamName,
      request.command,
      {
        tenantId: caller.tenantId,
        actor: caller.actor,
        commandId: commandIdFor(caller.idempotencyKey, streamName),
        correlationId: caller.correlationId,
        ...(caller.causationId !== undefined && { causationId: caller.causationId }),
      },
      {
        commandName,
        ...(expectedRevision !== undefined && { expectedRevision: BigInt(expectedRevision) }),
        ...(retries !== undefined && { retries }),
      },
    );
    if (E.isLeft(result)) return result;
    if (request.waitForReadModels === false) return E.right({ ...result.right, readModels: 'behind' });
    const { position, events } = result.right;
    const current = await this.waiter.waitFor({ position, streamName, eventTypes: events.map((e) => e.type) });
    if (!current) {
      this.log.warn(
        { command: commandName, streamName, correlationId: caller.correlationId, position: String(position?.commit) },
        'read models did not catch up in time: the change is stored, the answer says the screens are behind',
      );
    }
    return E.right({ ...result.right, readModels: current ? 'current' : 'behind' });
  }

  /**
   * A bulk action: many commands of one kind on many streams, each succeeding or failing on its own as through `run`
   * (tenant-scoped decider, command id from the idempotency key per stream), but the streams read in one round trip,
   * the events appended in one, and the read models waited for once, at the furthest position written.
   */
  async runMany<Command, Event extends DomainEvent, State>(
    decider: TenantDecider<Command, Event, State>,
    commandName: string,
    items: readonly BulkItem<Command>[],
    caller: Caller,
  ): Promise<Array<PipelineResult<State>>> {
    const { results, written } = await this.appendMany(decider, commandName, items, caller);
    return this.awaitReadModels(results, written, commandName, caller);
  }

  /**
   * `runMany` without the wait: a bulk action of many batches appends them all, then waits once with
   * `awaitReadModels` for everything it wrote (a wait per batch of 25 would cost a read-model round per batch).
   */
  async appendMany<Command, Event extends DomainEvent, State>(
    decider: TenantDecider<Command, Event, State>,
    commandName: string,
    items: readonly BulkItem<Command>[],
    caller: Caller,
    written: BulkWritten = { furthest: undefined, eventTypes: new Set() },
  ): Promise<{ results: Array<E.Either<Refusal, CommandSuccess<State>>>; written: BulkWritten }> {
    if (items.length === 0) return { results: [], written };
    const scoped = typeof decider === 'function' ? decider(caller.tenantId) : decider;
    const results = await this.handler.handleMany(
      scoped,
      items.map(({ streamName, command, history }) => ({
        streamName,
        command,
        ...(history && { history }),
        context: {
          tenantId: caller.tenantId,
          actor: caller.actor,
          commandId: commandIdFor(caller.idempotencyKey, streamName),
          correlationId: caller.correlationId,
          ...(caller.causationId !== undefined && { causationId: caller.causationId }),
        },
      })),
      { commandName },
    );
    let furthest = written.furthest;
    const eventTypes = new Set(written.eventTypes);
    for (const [index, result] of results.entries()) {
      if (E.isLeft(result) || result.right.position === undefined) continue;
      for (const event of result.right.events) eventTypes.add(event.type);
      if (!furthest || comparePositions(result.right.position, furthest.position) > 0)
        furthest = { position: result.right.position, streamName: items[index]!.streamName };
    }
    return { results, written: { furthest, eventTypes } };
  }

  /** Read-your-writes for what `appendMany` wrote, once: the results marked current, or behind after the timeout. */
  async awaitReadModels<State>(
    results: ReadonlyArray<E.Either<Refusal, CommandSuccess<State>>>,
    written: BulkWritten,
    commandName: string,
    caller: Caller,
  ): Promise<Array<PipelineResult<State>>> {
    const { furthest, eventTypes } = written;
    const current = !furthest || (await this.waiter.waitFor({ ...furthest, eventTypes: [...eventTypes] }));
    if (!current) {
      this.log.warn(
        { command: commandName, commands: results.length, correlationId: caller.correlationId },
        'read models did not catch up in time: the changes are stored, the answer says the screens are behind',
      );
    }
    const readModels = current ? ('current' as const) : ('behind' as const);
    return results.map((result) => (E.isLeft(result) ? result : E.right({ ...result.right, readModels })));
  }
}

/** How far a bulk action has written, and which event types: what its one wait for the read models waits for. */
export interface BulkWritten {
  readonly furthest: { readonly position: GlobalPosition; readonly streamName: string } | undefined;
  readonly eventTypes: ReadonlySet<string>;
}

/** One command of a bulk action: the same decider and command name for all, a stream and a command each. */
export interface BulkItem<Command> {
  readonly streamName: string;
  readonly command: Command;
  /** The stream as the caller just read it, so that it is not read again (see `CommandHandler.handleMany`). */
  readonly history?: readonly RecordedEvent[];
}

/** A request whose command name is the command's type, as most are. */
export const commandRequest = <Command extends { readonly type: string }, Event extends DomainEvent, State>(
  decider: TenantDecider<Command, Event, State>,
  streamName: string,
  command: Command,
  options: Pick<CommandRequest<Command, Event, State>, 'expectedRevision' | 'retries'> = {},
): CommandRequest<Command, Event, State> => ({ decider, streamName, command, commandName: command.type, ...options });
