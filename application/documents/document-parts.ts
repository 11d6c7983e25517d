import type { Content, TableCell } from 'pdfmake';
import type { ContentStack } from 'pdfmake/interfaces';
import type { Person } from '../../domain/order/order-data';
import type { DocumentOrder, PrintRun, ShopDocumentSettings } from './document-input';
import { postalAddress } from './document-format';

/** What every kind's definition is made from besides the order: the printing and the order's shop. */
export interface DocumentContext {
  readonly run: PrintRun;
  readonly shop: ShopDocumentSettings;
}

export function documentContext(order: DocumentOrder, run: PrintRun): DocumentContext {
  const shop = run.shops.get(order.shopId);
  if (shop === undefined) throw new Error(`No document settings for the shop ${order.shopId}`);
  return { run, shop };
}

/** Images are named, not inlined, so the renderer embeds each shop's logo and seal once per PDF. */
export const logoImageName = (shopId: string): string => `logo:${shopId}`;
export const sealImageName = (shopId: string): string => `seal:${shopId}`;

/** The mark of a reduced-rate line (軽減税率), and the note that says what it means. */
export const REDUCED_RATE_MARK = '※';
export const REDUCED_RATE_NOTE = '※は軽減税率(8%)対象商品です';

export function printName(run: PrintRun, sku: string, mallName: string): string {
  return run.printNames.get(sku) ?? mallName;
}

/**
 * Text set as one piece: pdfmake otherwise breaks Japanese text at every character and measures and styles each one,
 * which is most of the layout time of a page. For what is short and must not wrap anyway: amounts, labels, numbers.
 */
export function oneLine(text: string): { text: string; noWrap: true } {
  return { text, noWrap: true };
}

/** The width of an A4 page between the 40 pt margins, in points: the widths below are worked out from it. */
export const PAGE_WIDTH = 515;
/** A table cell's text is narrower than its column by pdfmake's padding (4 pt a side) and rules. */
const CELL_PADDING = 9;
/** Columns the widths of which vary ('*'), taken as their narrowest on the documents that use them. */
export const TEXT_WIDTH = {
  page: PAGE_WIDTH,
  /** The addressee beside the issuer at the head of a document, or beside another person. */
  personColumn: 240,
  /** A table of [label 90, text *]. */
  labelledValue: PAGE_WIDTH - 90 - 2 * CELL_PADDING,
  /** The item column of a table whose other columns add up to `others` points. */
  itemColumn: (others: number, columns: number) => PAGE_WIDTH - others - columns * CELL_PADDING,
} as const;

/**
 * Text broken into lines by us, each set as one piece, instead of by pdfmake, which breaks Japanese text at every
 * character and styles and measures each one: that took most of a statement's layout time. Every character is
 * counted a full em wide, the widest a Noto Sans JP glyph is, so a line never runs past `width`; Latin text only
 * breaks earlier than it might. The text's own line breaks are kept.
 */
export function wrapped(
  text: string,
  width: number,
  style: { fontSize?: number; bold?: boolean; color?: string } = {},
): ContentStack {
  const perLine = Math.max(1, Math.floor(width / (style.fontSize ?? 9)));
  const lines = text.split(/\r?\n/).flatMap((line) => {
    const characters = Array.from(line);
    if (characters.length <= perLine) return [line];
    return Array.from({ length: Math.ceil(characters.length / perLine) }, (_, i) =>
      characters.slice(i * perLine, (i + 1) * perLine).join(''),
    );
  });
  return { stack: lines.map(oneLine), ...style };
}

export function title(text: string): Content {
  return { ...oneLine(text), fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 12] };
}

/** Logo, issuer and (when the shop has one) its registration number, at the top right. */
export function issuerBlock(shop: ShopDocumentSettings, options: { seal?: boolean } = {}): Content {
  const issuer = shop.issuer;
  const lines: Content[] = [
    ...(shop.logo === null ? [] : [{ image: logoImageName(shop.shopId), fit: [140, 40] as [number, number] }]),
    { ...oneLine(issuer.name), bold: true, fontSize: 11 },
    ...[issuer.postalCode === '' ? '' : `〒${issuer.postalCode}`, issuer.address]
      .filter((text) => text !== '')
      .map(oneLine),
    ...(issuer.phone === '' ? [] : [oneLine(`TEL ${issuer.phone}`)]),
    ...(issuer.email === '' ? [] : [oneLine(issuer.email)]),
    ...(issuer.registrationNumber === null ? [] : [oneLine(`登録番号 ${issuer.registrationNumber}`)]),
  ];
  const seal: Content[] =
    options.seal === true && shop.seal !== null ? [{ image: sealImageName(shop.shopId), fit: [56, 56] }] : [];
  return {
    columns: [
      { width: '*', text: '' },
      { width: 'auto', stack: lines },
      ...seal.map((image) => ({ width: 60, stack: [image] })),
    ],
    columnGap: 8,
    fontSize: 9,
  };
}

/** The head of a statement or invoice: its title, then the person it is for (left) and the issuer (right). */
export function documentHead(
  documentTitle: string,
  addressee: { label: string; person: Person },
  shop: ShopDocumentSettings,
  issuerOptions: { seal?: boolean } = {},
): Content[] {
  return [
    title(documentTitle),
    {
      columns: [
        { width: '*', stack: [personBlock(addressee.label, addressee.person)] },
        { width: 'auto', stack: [issuerBlock(shop, issuerOptions)] },
      ],
    },
  ];
}

export function personBlock(
  label: string,
  person: Person,
  width: number = TEXT_WIDTH.personColumn,
  honorific = '様',
): Content {
  return {
    stack: [
      ...(label === '' ? [] : [{ ...oneLine(label), fontSize: 8, color: '#555555' }]),
      wrapped(addressed(person.name, honorific), width, { fontSize: 12, bold: true }),
      ...postalAddress(person).map((text) => wrapped(text, width)),
      ...(person.phone === '' ? [] : [oneLine(`TEL ${person.phone}`)]),
    ],
  };
}

/** 髙橋 太郎 様; a name that already ends in 様, 御中 or 殿 (㈱髙島商店 御中) keeps its own. */
export function addressed(name: string, honorific = '様'): string {
  return /(様|御中|殿)$/.test(name.trim()) ? name : `${name} ${honorific}`;
}

export function greeting(text: string): Content[] {
  return text.trim() === '' ? [] : [{ stack: [wrapped(text, PAGE_WIDTH)], margin: [0, 8, 0, 8] }];
}

export function labelledRows(rows: ReadonlyArray<readonly [string, string]>): Content {
  return {
    table: {
      widths: [90, '*'],
      body: rows.map(([label, value]) => [{ ...oneLine(label), bold: true }, wrapped(value, TEXT_WIDTH.labelledValue)]),
    },
    layout: 'noBorders',
    margin: [0, 4, 0, 4],
  };
}

export function headerCell(text: string, alignment: 'left' | 'right' | 'center' = 'left'): TableCell {
  return { ...oneLine(text), bold: true, fillColor: '#eeeeee', alignment };
}

export function right(text: string, bold = false): ReturnType<typeof oneLine> & { alignment: 'right'; bold: boolean } {
  return { ...oneLine(text), alignment: 'right', bold };
}
