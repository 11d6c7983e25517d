import * as t from 'io-ts';

/**
 * Written on every event. The audit trail ("who did what when") is read from here, not from a table that can drift.
 * `actor` is a staff user id, `system`, `rule:<id>`, or `buyer` (a message from the buyer's page, 問い合わせ).
 */
export const EventMetadata = t.intersection([
  t.strict({
    tenantId: t.string,
    actor: t.string,
    correlationId: t.string,
    causationId: t.string,
    commandId: t.string,
    occurredAt: t.string,
  }),
  t.partial({ commandName: t.string, ruleId: t.string, ruleName: t.string }),
]);
export type EventMetadata = t.TypeOf<typeof EventMetadata>;
