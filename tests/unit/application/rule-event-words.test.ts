import * as E from 'fp-ts/Either';
import { ruleEventWords } from '../../../application/automation/rule-event-words';
import type { OrderEvent } from '../../../domain/order/events';
import { orderDecider } from '../../../domain/order/order';
import type { DomainEvent } from '../../../domain/shared/decider';
import { importOrder } from '../../support/order-fixtures';

const merging = { id: 'r-bundle', name: '同じお客様はまとめる' };

describe('what a rule does, in the dry run’s words', () => {
  test('given 同梱候補とまとめる at intake, then the dry run lists 「同梱候補とまとめる」 (the same words as what it did)', () => {
    // The dry run decides the intake as a real one does and words the events that name the candidate rule.
    const decided = orderDecider.decide(
      { ...importOrder, automation: { findings: [], effects: [{ rule: merging, actions: [{ kind: 'bundle' }] }] } },
      orderDecider.initialState(),
    );
    const words = E.isRight(decided)
      ? decided.right.filter((e) => (e as DomainEvent).rule?.id === merging.id).map(ruleEventWords)
      : [];
    expect(words).toEqual(['同梱候補とまとめる']);
    expect(ruleEventWords({ type: 'OrderBundleRequested', data: { orderId: 'o-1' } } satisfies OrderEvent)).toBe(
      '同梱候補とまとめる',
    );
  });
});
