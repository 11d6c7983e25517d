import * as E from 'fp-ts/Either';
import type { Decider, DomainEvent } from '../../domain/shared/decider';

/**
 * Given/when/then for deciders, as in Emmett's DeciderSpecification:
 * `spec.given([events]).when(command).then([events])` or `.thenRefuses('code', ...partsOfTheJapaneseMessage)`.
 */
export const deciderSpecification = <C, Ev extends DomainEvent, S>(decider: Decider<C, Ev, S>) => ({
  given: (events: readonly Ev[]) => ({
    when: (command: C) => {
      const result = () => decider.decide(command, events.reduce(decider.evolve, decider.initialState()));
      return {
        then: (expected: readonly Ev[]) => expect(result()).toEqual(E.right(expected)),
        /** `ja` parts, when given, must all appear in the Japanese message the person will read. */
        thenRefuses: (code: string, ...ja: readonly string[]) => {
          const outcome = result();
          expect(E.isLeft(outcome) ? outcome.left.code : 'accepted').toBe(code);
          for (const part of ja) expect(E.isLeft(outcome) ? outcome.left.ja : '').toContain(part);
        },
      };
    },
  }),
});
