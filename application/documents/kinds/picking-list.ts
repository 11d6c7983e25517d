import type { Content } from 'pdfmake';
import type { DocumentOrder, PrintRun } from '../document-input';

/** Placeholder until the picking list is laid out. */
export class PickingListTally {
  add(_order: DocumentOrder, _run: PrintRun): void {}
}

export function pickingList(_tally: PickingListTally, _run: PrintRun): Content {
  return { text: 'ピッキングリスト' };
}
