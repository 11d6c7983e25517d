import { refuse, type Cell } from '../label-layout';
import type { LabelRow } from '../label-row';
import { timeSlotOf, type TimeSlot } from '../time-slot';

/** The carrier's code for the row's slip type; a slip type the carrier has not is refused, never guessed. */
export const slipCode =
  (codes: Readonly<Record<string, string>>) =>
  (row: LabelRow): Cell =>
    codes[row.slipType] ?? refuse(`この運送会社にない送り状種類です: ${row.slipType}`);

/** The carrier's code for the delivery time wish; a wish the carrier cannot take is refused with the wish quoted. */
export const timeCode =
  (codes: Readonly<Partial<Record<TimeSlot, string>>>, none = '') =>
  (row: LabelRow): Cell => {
    const slot = timeSlotOf(row.delivery.timeSlot);
    if (slot === null) return none;
    const code = slot === 'unknown' ? undefined : codes[slot];
    return code ?? refuse(`この運送会社で指定できない配達時間帯です: ${row.delivery.timeSlot ?? ''}`);
  };

/** The amount to collect, refused on a slip type that collects nothing (and required on one that does). */
export const codAmount =
  (collecting: ReadonlySet<string>) =>
  (row: LabelRow): Cell => {
    const collects = collecting.has(row.slipType);
    if (row.codAmount === null) return collects ? refuse('代金引換の金額がありません') : '';
    if (!collects) return refuse(`代金引換のない送り状種類です: ${row.slipType}`);
    return String(Math.round(row.codAmount));
  };

/** Slip types posted into a mailbox have no time slot: a wish on one is refused rather than dropped. */
export const noTimeSlotOn =
  (mailboxSlipTypes: ReadonlySet<string>) =>
  (row: LabelRow): string | null =>
    mailboxSlipTypes.has(row.slipType) && timeSlotOf(row.delivery.timeSlot) !== null
      ? `${row.slipType}は配達時間帯を指定できません`
      : null;
