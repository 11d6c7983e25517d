import type { Either } from 'fp-ts/Either';

/** A domain event as deciders see it: a past-tense type and its data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  /**
   * The automation rule that made this change, when one did: stored in the event's metadata (ruleId, ruleName), so
   * the history says 「ルール『高額代引』により保留」. Not part of the data the decider folds.
   */
  readonly rule?: { readonly id: string; readonly name: string };
}

/** A business refusal: a value, never an exception. Messages in both languages the product speaks. */
export interface DomainError {
  readonly code: string;
  readonly ja: string;
  readonly en: string;
}

export const domainError = (code: string, ja: string, en: string): DomainError => ({ code, ja, en });

/** An aggregate in the style of Emmett: a pure function from command and state to events, and a fold of events. */
export interface Decider<Command, Event extends DomainEvent, State> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State) => Either<DomainError, readonly Event[]>;
}
