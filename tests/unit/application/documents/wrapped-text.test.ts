import { PAGE_WIDTH, wrapped } from '../../../../application/documents/document-parts';

const linesOf = (content: ReturnType<typeof wrapped>) => (content.stack as Array<{ text: string }>).map((l) => l.text);

describe('text wrapped by the documents themselves', () => {
  test('each line holds at most as many characters as full-width ones fit in the width, and nothing is lost', () => {
    const text = '【送料無料】静岡県産 深蒸し煎茶 特上 100g×3袋セット お中元 お歳暮 ギフト 髙橋園 ①～②';
    const lines = linesOf(wrapped(text, 90, { fontSize: 9 }));
    expect(lines.every((line) => Array.from(line).length <= 10)).toBe(true);
    expect(lines.join('')).toBe(text);
  });

  test('a text that fits stays one line; the text’s own line breaks are kept', () => {
    expect(linesOf(wrapped('髙橋 太郎 様', PAGE_WIDTH))).toEqual(['髙橋 太郎 様']);
    expect(linesOf(wrapped('一行目\n二行目', PAGE_WIDTH))).toEqual(['一行目', '二行目']);
  });

  test('a character outside the basic plane (𠮷) counts as one and is never split', () => {
    expect(linesOf(wrapped('𠮷野家𠮷', 18, { fontSize: 9 }))).toEqual(['𠮷野', '家𠮷']);
  });

  test('lines are set as one piece each, in the size and weight given', () => {
    const content = wrapped('髙橋', 100, { fontSize: 12, bold: true });
    expect(content).toMatchObject({ fontSize: 12, bold: true, stack: [{ text: '髙橋', noWrap: true }] });
  });
});
