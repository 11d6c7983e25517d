import * as E from 'fp-ts/Either';
import type { Decider, DomainError, DomainEvent } from '../../domain/shared/decider';
import type { EventRegistry } from '../events/event-registry';
import type { Clock } from '../ports/clock';
import { type Log, silentLog } from '../ports/log';
import {
  type AppendRequest,
  type AppendResult,
  type EventStore,
  type GlobalPosition,
  readStreamOrEmpty,
  type RecordedEvent,
  type StreamDeletedError,
  WrongExpectedRevisionError,
} from '../ports/event-store';
import type { CommandContext } from './command-context';

export type CommandFailure =
  | { readonly kind: 'rejected'; readonly error: DomainError }
  /** The stream moved on since the caller read it (a stale edit); `currentRevision` is where it is now. */
  | { readonly kind: 'conflict'; readonly currentRevision: bigint | undefined };

export interface CommandSuccess<State> {
  readonly state: State;
  readonly events: readonly DomainEvent[];
  /** Revision of the stream after the command; undefined if the stream is still empty. */
  readonly revision: bigint | undefined;
  /** Where in the global log the command's events are; projections that reach it show them. */
  readonly position: GlobalPosition | undefined;
  /** True when this command id had already been handled, so nothing new was written. */
  readonly duplicate: boolean;
}

/** What the decide core made of a command: an answer already, or events to append at the revision that was read. */
interface ToAppend<State, Event> {
  readonly kind: 'append';
  readonly state: State;
  readonly events: readonly Event[];
  readonly request: AppendRequest;
}
type Decision<State, Event> =
  | { readonly kind: 'answered'; readonly answer: E.Either<CommandFailure, CommandSuccess<State>> }
  | ToAppend<State, Event>;

export interface HandleOptions {
  /** A user's edit of what they saw at this revision: any later change answers `conflict` instead of being overwritten. */
  readonly expectedRevision?: bigint;
  /** For commands without a user's expected revision: how many times to re-read and re-decide after a conflict. */
  readonly retries?: number;
  readonly commandName?: string;
}

/**
 * Load the stream, fold it, decide, append at the revision that was read. The generic path every command takes.
 */
export class CommandHandler {
  constructor(
    private readonly store: EventStore,
    private readonly registry: EventRegistry,
    private readonly clock: Clock,
    private readonly log: Log = silentLog,
  ) {}

  async handle<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    streamName: string,
    command: Command,
    context: CommandContext,
    options: HandleOptions = {},
  ): Promise<E.Either<CommandFailure, CommandSuccess<State>>> {
    const outcome = await this.decideAndAppend(decider, streamName, command, context, options);
    this.logOutcome(streamName, context, options, outcome);
    return outcome;
  }

  private logOutcome(
    streamName: string,
    context: CommandContext,
    options: HandleOptions,
    outcome: E.Either<CommandFailure, CommandSuccess<unknown>>,
    level: 'info' | 'debug' = 'info',
  ): void {
    const fields = {
      command: options.commandName,
      streamName,
      commandId: context.commandId,
      correlationId: context.correlationId,
      actor: context.actor,
    };
    if (E.isRight(outcome))
      this.log[level](
        { ...fields, events: outcome.right.events.length, duplicate: outcome.right.duplicate },
        'command handled',
      );
    else
      this.log.warn(
        {
          ...fields,
          failure: outcome.left.kind,
          code: outcome.left.kind === 'rejected' ? outcome.left.error.code : undefined,
        },
        'command refused',
      );
  }

  /**
   * A batch is one line, with what came of it: an import of 100,000 orders would otherwise write 100,000 lines that
   * say the same. Each command's line is still there at debug, and each refusal at warn.
   */
  private logBatch(
    items: ReadonlyArray<{ readonly streamName: string; readonly context: CommandContext }>,
    options: HandleOptions,
    results: ReadonlyArray<E.Either<CommandFailure, CommandSuccess<unknown>> | undefined>,
  ): void {
    const summary = { handled: 0, duplicates: 0, refused: 0, events: 0 };
    for (const [index, result] of results.entries()) {
      if (!result) continue;
      this.logOutcome(items[index]!.streamName, items[index]!.context, options, result, 'debug');
      if (E.isLeft(result)) {
        summary.refused++;
        continue;
      }
      summary[result.right.duplicate ? 'duplicates' : 'handled']++;
      summary.events += result.right.events.length;
    }
    const { correlationId, actor } = items[0]?.context ?? {};
    this.log.info(
      { command: options.commandName, correlationId, actor, commands: items.length, ...summary },
      'commands handled',
    );
  }

  /**
   * Many commands on many streams (an import's orders): the streams are read in one call and the new events appended in
   * one, instead of a round trip each. Each command still succeeds or fails alone, with the same idempotency as
   * `handle`; a command whose stream moved meanwhile (or that repeats a stream of the batch) goes through `handle`.
   * An item may bring its stream's history as the caller read it moments before (an export that checked every order
   * first): that stream is not read again, and if it moved since, the append's expected revision catches it and the
   * command is decided again on a fresh read, as for any other stream that moved.
   */
  async handleMany<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    items: ReadonlyArray<{
      readonly streamName: string;
      readonly command: Command;
      readonly context: CommandContext;
      readonly history?: readonly RecordedEvent[];
    }>,
    options: HandleOptions = {},
  ): Promise<Array<E.Either<CommandFailure, CommandSuccess<State>>>> {
    const results: Array<E.Either<CommandFailure, CommandSuccess<State>>> = new Array(items.length);
    const unread = [...new Set(items.filter((i) => !i.history).map((i) => i.streamName))];
    const histories: Map<string, readonly RecordedEvent[] | StreamDeletedError> = await this.store.readStreams(unread);
    for (const { streamName, history } of items)
      if (history && !histories.has(streamName)) histories.set(streamName, history);
    const seen = new Set<string>();
    const later: number[] = [];
    const pending: Array<{ index: number; decision: ToAppend<State, Event> }> = [];

    for (const [index, { streamName, command, context }] of items.entries()) {
      const history = histories.get(streamName);
      if (seen.has(streamName) || !Array.isArray(history)) {
        later.push(index);
        continue;
      }
      seen.add(streamName);
      const decision = this.decide(decider, streamName, history, command, context, options);
      if (decision.kind === 'answered') results[index] = decision.answer;
      else pending.push({ index, decision });
    }

    const appended = await this.store.appendMany(pending.map((p) => p.decision.request));
    for (const [i, outcome] of appended.entries()) {
      const { index, decision } = pending[i]!;
      if (outcome instanceof WrongExpectedRevisionError) later.push(index);
      else if (outcome instanceof Error) throw outcome;
      else results[index] = this.written(decider, decision, outcome);
    }
    // In the order given: a later command on the same stream must see the earlier one's events.
    for (const index of later.sort((a, b) => a - b)) {
      const { streamName, command, context } = items[index]!;
      results[index] = await this.decideAndAppend(decider, streamName, command, context, options);
    }
    this.logBatch(items, options, results);
    return results;
  }

  private metadataFor(context: CommandContext, options: HandleOptions) {
    return {
      tenantId: context.tenantId,
      actor: context.actor,
      commandId: context.commandId,
      correlationId: context.correlationId,
      causationId: context.causationId ?? context.commandId,
      occurredAt: this.clock.now().toISOString(),
      ...(options.commandName && { commandName: options.commandName }),
    };
  }

  /**
   * The core every command goes through, once its stream is read: fold, answer a repeated command id as before,
   * refuse a stale expected revision, decide, and say what to append at the revision that was read.
   */
  private decide<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    streamName: string,
    history: readonly RecordedEvent[],
    command: Command,
    context: CommandContext,
    options: HandleOptions,
  ): Decision<State, Event> {
    const state = history.reduce(
      (s, e) => decider.evolve(s, this.registry.decode(e).event as Event),
      decider.initialState(),
    );
    const revision = history.at(-1)?.revision;
    const answered = (answer: E.Either<CommandFailure, CommandSuccess<State>>) =>
      ({ kind: 'answered', answer }) as const;

    const earlier = history.filter((e) => e.metadata.commandId === context.commandId);
    if (earlier.length > 0) {
      return answered(E.right({ state, events: [], revision, position: earlier.at(-1)!.position, duplicate: true }));
    }
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      return answered(E.left({ kind: 'conflict', currentRevision: revision }));
    }
    const decision = decider.decide(command, state);
    if (E.isLeft(decision)) return answered(E.left({ kind: 'rejected', error: decision.left }));
    const events = decision.right;
    if (events.length === 0)
      return answered(E.right({ state, events, revision, position: undefined, duplicate: false }));

    const metadata = this.metadataFor(context, options);
    return {
      kind: 'append',
      state,
      events,
      request: {
        streamName,
        expectedRevision: revision ?? 'no_stream',
        events: events.map((event) =>
          this.registry.toNewEvent(
            event,
            event.rule ? { ...metadata, ruleId: event.rule.id, ruleName: event.rule.name } : metadata,
          ),
        ),
      },
    };
  }

  private written<Event extends DomainEvent, State>(
    decider: Pick<Decider<never, Event, State>, 'evolve'>,
    { state, events }: ToAppend<State, Event>,
    appended: AppendResult,
  ): E.Either<CommandFailure, CommandSuccess<State>> {
    return E.right({
      state: events.reduce(decider.evolve, state),
      events,
      revision: appended.nextRevision,
      position: appended.position,
      duplicate: false,
    });
  }

  private async decideAndAppend<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    streamName: string,
    command: Command,
    context: CommandContext,
    options: HandleOptions,
  ): Promise<E.Either<CommandFailure, CommandSuccess<State>>> {
    const attempts = options.expectedRevision === undefined ? 1 + (options.retries ?? 3) : 1;
    for (let attempt = 1; ; attempt++) {
      const history = await readStreamOrEmpty(this.store, streamName);
      const decision = this.decide(decider, streamName, history, command, context, options);
      if (decision.kind === 'answered') return decision.answer;
      try {
        return this.written(decider, decision, await this.store.append(decision.request));
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (attempt >= attempts) return E.left({ kind: 'conflict', currentRevision: error.actual });
      }
    }
  }
}
