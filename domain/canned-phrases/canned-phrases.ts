import * as E from 'fp-ts/Either';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import { type CannedPhrase, DEFAULT_CANNED_PHRASES } from './default-phrases';
import type { CannedPhraseCategory, CannedPhraseEvent } from './events';

/** The phrase's id is chosen by the application and never changes. */
export interface AddCannedPhrase {
  readonly type: 'AddCannedPhrase';
  readonly tenantId: string;
  readonly phraseId: string;
  readonly category: CannedPhraseCategory;
  readonly text: string;
}
export interface ChangeCannedPhrase {
  readonly type: 'ChangeCannedPhrase';
  readonly tenantId: string;
  readonly phraseId: string;
  readonly category: CannedPhraseCategory;
  readonly text: string;
}
export interface RemoveCannedPhrase {
  readonly type: 'RemoveCannedPhrase';
  readonly tenantId: string;
  readonly phraseId: string;
}
export type CannedPhraseCommand = AddCannedPhrase | ChangeCannedPhrase | RemoveCannedPhrase;

export interface CannedPhrasesState {
  /** The phrases offered now, the defaults included; removed ones are gone. */
  readonly phrases: Readonly<Record<string, CannedPhrase>>;
  /** Every id ever used, so a removed phrase's id is not given to a new one. */
  readonly usedIds: readonly string[];
}

export const CANNED_PHRASE_MAX = 200;

export const CANNED_PHRASE_NOT_FOUND = domainError(
  'canned_phrase.not_found',
  '定型文が見つかりません',
  'no such canned phrase',
);

const refuse = (code: string, ja: string, en: string): E.Either<DomainError, CannedPhraseEvent[]> =>
  E.left(domainError(code, ja, en));

function textProblem(state: CannedPhrasesState, phraseId: string, category: CannedPhraseCategory, text: string) {
  if (text === '') return refuse('canned_phrase.text_required', '定型文を入力してください', 'a phrase needs a text');
  if ([...text].length > CANNED_PHRASE_MAX)
    return refuse(
      'canned_phrase.too_long',
      `定型文は${CANNED_PHRASE_MAX}文字以内で入力してください`,
      `a phrase has at most ${CANNED_PHRASE_MAX} characters`,
    );
  const taken = Object.entries(state.phrases).some(
    ([id, phrase]) => id !== phraseId && phrase.category === category && phrase.text === text,
  );
  if (taken)
    return refuse(
      'canned_phrase.already_defined',
      `定型文「${text}」は既にあります`,
      `the phrase "${text}" already exists in ${category}`,
    );
  return undefined;
}

const without = (phrases: CannedPhrasesState['phrases'], phraseId: string) =>
  Object.fromEntries(Object.entries(phrases).filter(([id]) => id !== phraseId));

export const cannedPhrasesDecider: Decider<CannedPhraseCommand, CannedPhraseEvent, CannedPhrasesState> = {
  initialState: () => ({ phrases: DEFAULT_CANNED_PHRASES, usedIds: Object.keys(DEFAULT_CANNED_PHRASES) }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'CannedPhraseAdded':
      case 'CannedPhraseChanged': {
        const { phraseId, category, text } = event.data;
        return {
          phrases: { ...state.phrases, [phraseId]: { category, text } },
          usedIds: state.usedIds.includes(phraseId) ? state.usedIds : [...state.usedIds, phraseId],
        };
      }
      case 'CannedPhraseRemoved':
        return { ...state, phrases: without(state.phrases, event.data.phraseId) };
    }
  },

  decide: (command, state) => {
    const { tenantId, phraseId } = command;
    switch (command.type) {
      case 'AddCannedPhrase': {
        const text = command.text.trim();
        if (state.usedIds.includes(phraseId))
          return refuse('canned_phrase.already_defined', '同じIDの定型文が既にあります', `phrase ${phraseId} exists`);
        return (
          textProblem(state, phraseId, command.category, text) ??
          E.right([{ type: 'CannedPhraseAdded', data: { tenantId, phraseId, category: command.category, text } }])
        );
      }
      case 'ChangeCannedPhrase': {
        const current = Object.hasOwn(state.phrases, phraseId) ? state.phrases[phraseId] : undefined;
        if (!current) return E.left(CANNED_PHRASE_NOT_FOUND);
        const text = command.text.trim();
        const problem = textProblem(state, phraseId, command.category, text);
        if (problem) return problem;
        if (current.text === text && current.category === command.category) return E.right([]);
        return E.right([
          { type: 'CannedPhraseChanged', data: { tenantId, phraseId, category: command.category, text } },
        ]);
      }
      case 'RemoveCannedPhrase':
        if (!Object.hasOwn(state.phrases, phraseId)) return E.left(CANNED_PHRASE_NOT_FOUND);
        return E.right([{ type: 'CannedPhraseRemoved', data: { tenantId, phraseId } }]);
    }
  },
};
