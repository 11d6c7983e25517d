import { isBusinessDate, tokyoBusinessDate } from '../shared/dates';
import type { RemarksEdit } from './rule';

/**
 * 注文備考欄の自動編集. 楽天 writes its remarks (コメント, the API's `remarks`) as headed blocks, one heading per
 * line and the buyer's answer on the lines after it, and leaves every heading in even when the buyer answered nothing:
 *
 *   [配送日時指定:]
 *   2026-12-24(木)
 *   午前中
 *   [備考:]
 *
 * The shop names its own headings in RMS (「[メッセージ添付希望・他ご意見、ご要望がありましたらこちらまで:]」), so any
 * line that is a bracketed label ending in a colon is a heading.
 */
const HEADING = /^\s*\[([^\]]*):\]\s*(.*)$/;
const headingOf = (line: string): { label: string; rest: string } | null => {
  const match = HEADING.exec(line.normalize('NFKC'));
  return match ? { label: match[1]!, rest: match[2]! } : null;
};

interface Block {
  readonly heading: { readonly label: string; readonly rest: string } | null;
  readonly lines: string[];
}

const isBlank = (line: string): boolean => line.trim() === '';

const blocksOf = (lines: readonly string[]): Block[] =>
  lines.reduce<Block[]>(
    (blocks, line) => {
      const heading = headingOf(line);
      if (heading) blocks.push({ heading, lines: [line] });
      else blocks[blocks.length - 1]!.lines.push(line);
      return blocks;
    },
    [{ heading: null, lines: [] }],
  );

/** A heading with no answer after it, on its line or below. */
const isEmptyBlock = (block: Block): boolean =>
  block.heading !== null && isBlank(block.heading.rest) && block.lines.slice(1).every(isBlank);

const withoutTrailingBlanks = (lines: readonly string[]): string[] => {
  const end = lines.findLastIndex((line) => !isBlank(line));
  return lines.slice(0, end + 1);
};

/** Drops the empty blocks, then the blank lines they leave (a run of them becomes one, none at either end). */
const withoutBoilerplate = (remarks: string): string => {
  const newline = remarks.includes('\r\n') ? '\r\n' : '\n';
  const blocks = blocksOf(remarks.split(/\r\n|\r|\n/));
  if (!blocks.some(isEmptyBlock)) return remarks;
  const kept = blocks.filter((block) => !isEmptyBlock(block)).flatMap((block) => withoutTrailingBlanks(block.lines));
  const collapsed = kept.filter((line, i) => !isBlank(line) || (i > 0 && !isBlank(kept[i - 1]!)));
  return withoutTrailingBlanks(collapsed.slice(collapsed.findIndex((line) => !isBlank(line)))).join(newline);
};

/** 2026-12-24, 2026/12/24, 2026年12月24日, 12月24日, 12/24; a weekday after it (「(木)」, 「木曜日」) is allowed. */
const DATE = String.raw`(?<!\d)(?:(\d{4})\s*[-/年.]\s*)?(\d{1,2})\s*[-/月.]\s*(\d{1,2})(?!\d)\s*日?\s*(?:\([月火水木金土日](?:曜日?)?\)|[月火水木金土日]曜日?)?`;
const ANY_DATE = new RegExp(DATE);
/** Outside a delivery heading a date is a wish only when the buyer says so: 「12月24日着希望」, 「12/24 配達希望」. */
const WISHED_DATE = new RegExp(`${DATE}\\s*(?:に|で)?\\s*(?:着|到着|必着|配達|配送|お届け|届)`);
const DATE_AFTER_LABEL = new RegExp(`(?:お届け|配達|配送|到着|着)(?:希望)?日(?:指定)?\\s*[:は]?\\s*${DATE}`);
const DELIVERY_HEADING = /配送日|配達日|お届け日|日時指定/;

const pad = (n: string): string => n.padStart(2, '0');

/** A date without a year is in the order's year, or the next one when that day had already passed. */
const resolveDate = ([, year, month, day]: RegExpExecArray, orderedAt: string): string | null => {
  if (year !== undefined) {
    const date = `${year}-${pad(month!)}-${pad(day!)}`;
    return isBusinessDate(date) ? date : null;
  }
  const ordered = new Date(orderedAt);
  if (Number.isNaN(ordered.getTime())) return null;
  const orderDay = tokyoBusinessDate(ordered);
  const orderYear = Number(orderDay.slice(0, 4));
  return (
    [orderYear, orderYear + 1]
      .map((y) => `${y}-${pad(month!)}-${pad(day!)}`)
      .find((date) => isBusinessDate(date) && date >= orderDay) ?? null
  );
};

const deliveryDateIn = (remarks: string, orderedAt: string): string | null => {
  const blocks = blocksOf(remarks.normalize('NFKC').split(/\r\n|\r|\n/));
  const headed = blocks.filter((block) => block.heading !== null && DELIVERY_HEADING.test(block.heading.label));
  const matches = [
    ...headed.map((block) => ANY_DATE.exec([block.heading!.rest, ...block.lines.slice(1)].join('\n'))),
    ...blocks.flatMap((block) => block.lines).map((line) => WISHED_DATE.exec(line) ?? DATE_AFTER_LABEL.exec(line)),
  ];
  for (const match of matches) {
    const date = match && resolveDate(match, orderedAt);
    if (date) return date;
  }
  return null;
};

/**
 * The remarks with 楽天's empty headings removed, and the delivery date the buyer wrote in them (YYYY-MM-DD, or null).
 * The date stays in the text: staff still see what the buyer wrote. `orderedAt` places a date written without a year.
 */
export const editRemarks = (
  remarks: string,
  edit: RemarksEdit,
  orderedAt: string,
): { remarks: string; deliveryDate: string | null } => ({
  remarks: edit.removeBoilerplate ? withoutBoilerplate(remarks) : remarks,
  deliveryDate: edit.parseDeliveryDate ? deliveryDateIn(remarks, orderedAt) : null,
});
