import * as t from 'io-ts';

/** What a phrase is offered for: the reason of a hold or a cancellation, a memo, a mail. */
export const CannedPhraseCategory = t.keyof({ hold: null, cancel: null, memo: null, mail: null });
export type CannedPhraseCategory = t.TypeOf<typeof CannedPhraseCategory>;

/** A tenant's canned phrases (定型文), one stream per tenant. */
export const CannedPhraseAdded = t.strict({
  type: t.literal('CannedPhraseAdded'),
  data: t.strict({ tenantId: t.string, phraseId: t.string, category: CannedPhraseCategory, text: t.string }),
});
export type CannedPhraseAdded = t.TypeOf<typeof CannedPhraseAdded>;

export const CannedPhraseChanged = t.strict({
  type: t.literal('CannedPhraseChanged'),
  data: t.strict({ tenantId: t.string, phraseId: t.string, category: CannedPhraseCategory, text: t.string }),
});
export type CannedPhraseChanged = t.TypeOf<typeof CannedPhraseChanged>;

/** Reasons already recorded keep their own text; the phrase is only no longer offered. */
export const CannedPhraseRemoved = t.strict({
  type: t.literal('CannedPhraseRemoved'),
  data: t.strict({ tenantId: t.string, phraseId: t.string }),
});
export type CannedPhraseRemoved = t.TypeOf<typeof CannedPhraseRemoved>;

export type CannedPhraseEvent = CannedPhraseAdded | CannedPhraseChanged | CannedPhraseRemoved;

export const CANNED_PHRASE_EVENTS = { CannedPhraseAdded, CannedPhraseChanged, CannedPhraseRemoved } as const;
