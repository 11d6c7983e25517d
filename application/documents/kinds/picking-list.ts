import type { Content, TableCell } from 'pdfmake';
import type { DocumentOrder, PrintRun } from '../document-input';
import { japaneseDate } from '../document-format';
import { headerCell, oneLine, printName, right, title } from '../document-parts';

export interface PickingRow {
  readonly sku: string;
  readonly options: string;
  readonly name: string;
  readonly quantity: number;
  readonly orderNumbers: readonly string[];
}

/**
 * The picking list's totals, added to order by order as the orders stream past: what it holds grows with the
 * distinct SKUs and the order numbers, not with the orders' data.
 */
export class PickingListTally {
  private readonly rows = new Map<
    string,
    { sku: string; options: string; name: string; quantity: number; orderNumbers: string[] }
  >();
  private orderCount = 0;

  add(order: DocumentOrder, run: PrintRun): void {
    this.orderCount += 1;
    for (const destination of order.mallData.destinations) {
      for (const line of destination.lines) {
        const key = `${line.sku}\u0000${line.options}`;
        const row = this.rows.get(key) ?? {
          sku: line.sku,
          options: line.options,
          name: printName(run, line.sku, line.name),
          quantity: 0,
          orderNumbers: [],
        };
        row.quantity += line.quantity;
        if (row.orderNumbers[row.orderNumbers.length - 1] !== order.orderNumber)
          row.orderNumbers.push(order.orderNumber);
        this.rows.set(key, row);
      }
    }
  }

  get orders(): number {
    return this.orderCount;
  }

  /** By SKU, then options, in code-point order so the list reads the same on every machine. */
  sortedRows(): PickingRow[] {
    return [...this.rows.values()].sort((a, b) => compare(a.sku, b.sku) || compare(a.options, b.options));
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** ピッキングリスト: totals per SKU and options over the printed orders, with the orders each is for. */
export function pickingList(tally: PickingListTally, run: PrintRun): Content {
  const rows = tally.sortedRows();
  const body: TableCell[][] = [
    [
      headerCell('SKU'),
      headerCell('商品'),
      headerCell('オプション'),
      headerCell('数量', 'right'),
      headerCell('ご注文番号'),
    ],
    ...rows.map((row) => [
      oneLine(row.sku),
      { text: row.name },
      { text: row.options },
      { ...right(String(row.quantity), true), fontSize: 11 },
      { text: row.orderNumbers.join('\n'), fontSize: 7 },
    ]),
  ];
  const units = rows.reduce((total, row) => total + row.quantity, 0);
  return {
    stack: [
      title('ピッキングリスト'),
      oneLine(`${japaneseDate(run.printedAt)}　注文 ${tally.orders}件　${rows.length}品目　${units}点`),
      { table: { headerRows: 1, widths: [80, '*', 80, 36, 110], body }, margin: [0, 8, 0, 0] },
    ],
  };
}
