import { cellFault, FIELD_LIMITS } from '../../../../application/import/field-limits';
import { storableText } from '../../../../domain/shared/storable-text';

describe('what an imported cell may hold', () => {
  test('the limit counts characters, so a remark of emoji (two UTF-16 units each) up to the limit is fine', () => {
    const limit = FIELD_LIMITS.buyerRemarks;
    expect(cellFault('buyerRemarks', 'コメント', '😀'.repeat(limit))).toBeUndefined();
    expect(cellFault('buyerRemarks', 'コメント', '😀'.repeat(limit + 1))).toEqual({
      ja: `コメント は${limit}文字までです`,
      en: `コメント has at most ${limit} characters`,
    });
  });

  test('a NUL and a surrogate without its pair are refused, each saying which', () => {
    expect(cellFault('orderer.name', '氏名', '髙\0橋')?.en).toBe('氏名 contains a NUL character (U+0000)');
    for (const text of ['a\uD800', '\uDC00a', '\uDBFF\uDBFF\uDC00'])
      expect(cellFault('orderer.name', '氏名', text)?.en).toBe('氏名 contains an unpaired surrogate');
    expect(cellFault('orderer.name', '氏名', '髙橋 😀')).toBeUndefined();
  });

  test('a text only shown is made storable and cut by characters, never between the halves of a pair', () => {
    expect(storableText('a\0b\uD800c')).toBe('a\uFFFDb\uFFFDc');
    expect(storableText('😀'.repeat(3), 2)).toBe('😀😀…');
    expect(storableText('😀', 1)).toBe('😀');
  });
});
