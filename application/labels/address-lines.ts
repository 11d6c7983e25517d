import { displayWidth, takeWidth } from './cp932-text';

/**
 * Fills address columns of the given widths: the address (都道府県 + 市区町村 + 番地) from the first column on, the
 * building from the next free column. What does not fit in the last column stays there whole, so that the width
 * check reports it instead of the carrier's software cutting it.
 */
export function splitAddress(address: string, building: string, widths: readonly number[]): string[] {
  const lines = widths.map(() => '');
  if (widths.length === 0) return lines;
  const last = widths.length - 1;
  let index = 0;
  for (const segment of [address, building]) {
    if (segment === '') continue;
    if (lines[index] !== '') {
      if (index < last) index += 1;
      else lines[index] += ' ';
    }
    let rest = segment;
    while (rest !== '') {
      if (index === last) {
        lines[index] += rest;
        break;
      }
      const room = (widths[index] ?? 0) - displayWidth(lines[index] ?? '');
      const [head, tail] = takeWidth(rest, room);
      lines[index] += head;
      rest = tail;
      if (rest !== '') index += 1;
    }
  }
  return lines;
}
