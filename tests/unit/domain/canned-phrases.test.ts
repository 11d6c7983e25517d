import { cannedPhrasesDecider } from '../../../domain/canned-phrases/canned-phrases';
import { DEFAULT_CANNED_PHRASES } from '../../../domain/canned-phrases/default-phrases';
import type { CannedPhraseEvent } from '../../../domain/canned-phrases/events';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(cannedPhrasesDecider);
const tenantId = 't-1';
const added: CannedPhraseEvent = {
  type: 'CannedPhraseAdded',
  data: { tenantId, phraseId: 'p-1', category: 'hold', text: '㈱サンプル様 要確認①' },
};

describe('Canned phrases (定型文)', () => {
  test('a tenant starts with the shipped defaults, hold and cancel reasons among them', () => {
    const texts = Object.values(cannedPhrasesDecider.initialState().phrases).map((p) => `${p.category}:${p.text}`);
    expect(texts).toEqual(
      expect.arrayContaining(['hold:住所不備のため確認中', 'hold:入金確認中', 'cancel:お客様都合によるキャンセル']),
    );
  });

  test('a phrase is added under the id the application chose, its text trimmed', () =>
    spec
      .given([])
      .when({ type: 'AddCannedPhrase', tenantId, phraseId: 'p-1', category: 'hold', text: '　㈱サンプル様 要確認① ' })
      .then([added]));

  test.each([
    ['empty', '　', 'canned_phrase.text_required'],
    ['too long', 'あ'.repeat(201), 'canned_phrase.too_long'],
    ['the same as a default of its category', '入金確認中', 'canned_phrase.already_defined'],
  ])('a phrase that is %s is refused', (_what, text, code) =>
    spec
      .given([])
      .when({ type: 'AddCannedPhrase', tenantId, phraseId: 'p-2', category: 'hold', text })
      .thenRefuses(code),
  );

  test('the same text in another category is a phrase of its own', () =>
    spec
      .given([])
      .when({ type: 'AddCannedPhrase', tenantId, phraseId: 'p-2', category: 'memo', text: '入金確認中' })
      .then([
        { type: 'CannedPhraseAdded', data: { tenantId, phraseId: 'p-2', category: 'memo', text: '入金確認中' } },
      ]));

  test('an id used once, even by a removed phrase, is not used again', () =>
    spec
      .given([added, { type: 'CannedPhraseRemoved', data: { tenantId, phraseId: 'p-1' } }])
      .when({ type: 'AddCannedPhrase', tenantId, phraseId: 'p-1', category: 'hold', text: '別の文' })
      .thenRefuses('canned_phrase.already_defined'));

  test('a default phrase can be reworded and moved to another category', () =>
    spec
      .given([])
      .when({
        type: 'ChangeCannedPhrase',
        tenantId,
        phraseId: 'default-hold-address',
        category: 'hold',
        text: '住所不備（番地なし）のため確認中',
      })
      .then([
        {
          type: 'CannedPhraseChanged',
          data: {
            tenantId,
            phraseId: 'default-hold-address',
            category: 'hold',
            text: '住所不備（番地なし）のため確認中',
          },
        },
      ]));

  test('saving a phrase unchanged records nothing', () =>
    spec
      .given([added])
      .when({ type: 'ChangeCannedPhrase', tenantId, phraseId: 'p-1', category: 'hold', text: '㈱サンプル様 要確認①' })
      .then([]));

  test('a removed phrase is not offered, and cannot be changed or removed again', () => {
    const removed: CannedPhraseEvent = {
      type: 'CannedPhraseRemoved',
      data: { tenantId, phraseId: 'default-hold-payment' },
    };
    spec.given([]).when({ type: 'RemoveCannedPhrase', tenantId, phraseId: 'default-hold-payment' }).then([removed]);
    const state = [removed].reduce(cannedPhrasesDecider.evolve, cannedPhrasesDecider.initialState());
    expect(Object.keys(state.phrases)).not.toContain('default-hold-payment');
    expect(Object.keys(state.phrases)).toHaveLength(Object.keys(DEFAULT_CANNED_PHRASES).length - 1);
    spec
      .given([removed])
      .when({ type: 'ChangeCannedPhrase', tenantId, phraseId: 'default-hold-payment', category: 'hold', text: 'x' })
      .thenRefuses('canned_phrase.not_found');
    spec
      .given([removed])
      .when({ type: 'RemoveCannedPhrase', tenantId, phraseId: 'default-hold-payment' })
      .thenRefuses('canned_phrase.not_found');
  });
});
