// The 受注編集 form's values as typed (text, so a half-typed number is kept as typed) and the edit they make.
import type { Charges } from '../../../../domain/order/amounts';
import { type ContentsEdit, editContents } from '../../../../domain/order/edit-contents';
import type { Destination, MallOrderData, OrderLine, Person } from '../../../../domain/order/order-data';

export interface LineForm {
  sku: string;
  name: string;
  options: string;
  unitPrice: string;
  quantity: string;
  taxRate: '10' | '8';
}
export interface DestinationForm {
  recipient: Person;
  desiredDate: string;
  timeSlot: string;
  lines: LineForm[];
}
export const CHARGE_FIELDS = ['shipping', 'codFee', 'wrapping', 'pointsUsed', 'coupons'] as const;
export type ChargeField = (typeof CHARGE_FIELDS)[number];
export interface ContentsForm {
  destinations: DestinationForm[];
  amounts: Record<ChargeField, string>;
}

export const PERSON_FIELDS = [
  'name',
  'kana',
  'postalCode',
  'prefecture',
  'city',
  'street',
  'building',
  'phone',
] as const;

const lineForm = (l: OrderLine): LineForm => ({
  sku: l.sku,
  name: l.name,
  options: l.options,
  unitPrice: String(l.unitPrice),
  quantity: String(l.quantity),
  taxRate: l.taxRate === 8 ? '8' : '10',
});

export const blankLine = (): LineForm => ({
  sku: '',
  name: '',
  options: '',
  unitPrice: '0',
  quantity: '1',
  taxRate: '10',
});

export const formOf = (data: MallOrderData): ContentsForm => ({
  destinations: data.destinations.map((d) => ({
    recipient: { ...d.recipient },
    desiredDate: d.delivery.desiredDate ?? '',
    timeSlot: d.delivery.timeSlot ?? '',
    lines: d.lines.map(lineForm),
  })),
  amounts: Object.fromEntries(CHARGE_FIELDS.map((f) => [f, String(data.amounts[f])])) as ContentsForm['amounts'],
});

/** A new 送付先 starts as the orderer with one empty line: staff change the name and address. */
export const newDestination = (orderer: Person): DestinationForm => ({
  recipient: { ...orderer },
  desiredDate: '',
  timeSlot: '',
  lines: [blankLine()],
});

const whole = (text: string, min: number): number | undefined => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isSafeInteger(n) && n >= min ? n : undefined;
};

export const isValidQuantity = (text: string) => whole(text, 1) !== undefined;
export const isValidYen = (text: string) => whole(text, 0) !== undefined;

/** The edit the form makes, or undefined while a number is not a whole number in range or an item has no name. */
export const editOf = (form: ContentsForm): ContentsEdit | undefined => {
  const destinations: Destination[] = [];
  for (const d of form.destinations) {
    const lines: OrderLine[] = [];
    for (const l of d.lines) {
      const unitPrice = whole(l.unitPrice, 0);
      const quantity = whole(l.quantity, 1);
      if (unitPrice === undefined || quantity === undefined || l.name.trim() === '') return undefined;
      lines.push({
        sku: l.sku.trim(),
        name: l.name.trim(),
        options: l.options,
        unitPrice,
        quantity,
        taxRate: l.taxRate === '8' ? 8 : 10,
      });
    }
    destinations.push({
      recipient: d.recipient,
      lines,
      delivery: {
        desiredDate: d.desiredDate === '' ? null : d.desiredDate,
        timeSlot: d.timeSlot === '' ? null : d.timeSlot,
      },
    });
  }
  const amounts: Partial<Record<ChargeField, number>> = {};
  for (const f of CHARGE_FIELDS) {
    const yen = whole(form.amounts[f], 0);
    if (yen === undefined) return undefined;
    amounts[f] = yen;
  }
  return { destinations, amounts: amounts as Charges };
};

/** What the order would hold after saving, worked out by the same function the server decides with. */
export const previewOf = (data: MallOrderData, form: ContentsForm): MallOrderData | undefined => {
  const edit = editOf(form);
  return edit && editContents(data, edit);
};
