import iconv from 'iconv-lite';

/**
 * Characters that have a CP932 twin people cannot tell apart: Unicode's wave dash and minus (what a Mac or a mall
 * sends) become the forms Windows maps, so ～ and － print instead of '?'. Line breaks and tabs become spaces: a carrier's
 * importer reads one line per label.
 */
const TWINS: Readonly<Record<string, string>> = {
  '\u301C': '\uFF5E',
  '\u2212': '\uFF0D',
  '\u2014': '\u2015',
  '\u2016': '\u2225',
  '\u00A2': '\uFFE0',
  '\u00A3': '\uFFE1',
  '\u00AC': '\uFFE2',
  '\u00A0': ' ',
  '\t': ' ',
  '\r': ' ',
  '\n': ' ',
};

export const toCp932Twins = (text: string): string =>
  text.replace(/[\u301C\u2212\u2014\u2016\u00A2\u00A3\u00AC\u00A0\t\r\n]/g, (c) => TWINS[c] ?? c);

const bytesPerCharacter = new Map<string, number | null>();

/** A character's CP932 length, or null when CP932 has no such character (iconv-lite would write '?'). */
function cp932Bytes(character: string): number | null {
  const known = bytesPerCharacter.get(character);
  if (known !== undefined) return known;
  const bytes = iconv.encode(character, 'cp932');
  const result = iconv.decode(bytes, 'cp932') === character ? bytes.length : null;
  bytesPerCharacter.set(character, result);
  return result;
}

/**
 * Width as carriers count it: half-width 1, full-width 2, which is the CP932 byte count. A character CP932 cannot
 * encode counts 2 (it is reported on its own as not encodable).
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += cp932Bytes(character) ?? 2;
  return width;
}

/** The characters of `text` that CP932 cannot encode, each once, in order (𠮷, emoji, …). */
export function notEncodable(text: string): string[] {
  const found: string[] = [];
  for (const character of text) if (cp932Bytes(character) === null && !found.includes(character)) found.push(character);
  return found;
}

/** The longest head of `text` within `width`, and the rest; never splits a character. */
export function takeWidth(text: string, width: number): [string, string] {
  let used = 0;
  let index = 0;
  for (const character of text) {
    const next = used + (cp932Bytes(character) ?? 2);
    if (next > width) break;
    used = next;
    index += character.length;
  }
  return [text.slice(0, index), text.slice(index)];
}
