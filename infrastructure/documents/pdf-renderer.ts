import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Content } from 'pdfmake';
import type { ContentStack } from 'pdfmake/interfaces';
import LayoutBuilder from 'pdfmake/js/LayoutBuilder';
import PDFDocument from 'pdfmake/js/PDFDocument';
import { normalizePageMargin, normalizePageSize } from 'pdfmake/js/PageSize';
import Renderer from 'pdfmake/js/Renderer';
import SVGMeasure from 'pdfmake/js/SVGMeasure';
import { tableLayouts } from 'pdfmake/js/tableLayouts';
import type { DocumentKind, PrintedKind } from '../../domain/documents/document-kind';
import type { DocumentOrder, PrintRun } from '../../application/documents/document-input';
import { documentsForOrder } from '../../application/documents/documents-for-order';
import { PickingListTally, pickingList } from '../../application/documents/kinds/picking-list';
import { logoImageName, sealImageName } from '../../application/documents/document-parts';

export interface RenderRequest {
  readonly kind: DocumentKind;
  readonly orders: AsyncIterable<readonly DocumentOrder[]>;
  readonly run: PrintRun;
}

export interface RenderResult {
  readonly orders: number;
  readonly pages: number;
  readonly printed: ReadonlyMap<string, PrintedKind[]>;
}

/**
 * Noto Sans JP (SIL OFL), from npm: every kanji a mall sends (髙, 﨑, ①, ㈱, ～, half-width kana) has a glyph, and
 * pdfkit embeds only the glyphs used, so a PDF carries a few hundred kB of font, not the 5 MB files.
 */
const FONT_FILES = {
  normal: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
};
const FONT = 'NotoSansJP';
const A4 = normalizePageSize('A4', 'portrait');
const MARGINS = normalizePageMargin([40, 40, 40, 40]);
const DEFAULT_STYLE = { font: FONT, fontSize: 9, lineHeight: 1.15 };
/** Orders laid out at a time, whatever size of chunk the caller hands over: what is held in memory at once. */
const ORDERS_PER_LAYOUT = 50;
/** How much finished PDF may wait in memory for a slow reader before layout pauses. */
const BUFFERED_BYTES_LIMIT = 4 * 1024 * 1024;

/**
 * Renders the documents of a stream of orders into one PDF written to `out`, a chunk at a time: each chunk of orders
 * is laid out with pdfmake's own LayoutBuilder and Renderer (what pdfmake's Printer does for one docDefinition) into
 * the same pdfkit document, whose finished pages are written out as they go. Memory follows the chunk, not the
 * number of orders; a picking list, a total over all the orders, is laid out at the end. On a failure (an order
 * whose shop has no settings, a reader gone) the promise rejects and `out` is left to the caller, who should destroy
 * it so that a short PDF never passes for a whole one.
 */
export async function renderDocuments(request: RenderRequest, out: NodeJS.WritableStream): Promise<RenderResult> {
  const pdf = new PDFDocument(
    { [FONT]: { ...FONT_FILES } },
    shopImages(request.run),
    {},
    {},
    {
      size: [A4.width, A4.height],
      pdfVersion: '1.3',
      compress: true,
      autoFirstPage: false,
      fontLayoutCache: true,
      info: { Producer: 'oms', Creator: 'oms' },
      font: null,
    },
    null,
    (path) => path === FONT_FILES.normal || path === FONT_FILES.bold,
  );
  pdf.pipe(out);
  try {
    return await writeDocuments(request, pdf, out);
  } catch (error) {
    pdf.unpipe(out);
    pdf.destroy();
    throw error;
  }
}

async function writeDocuments(
  request: RenderRequest,
  pdf: PDFDocument,
  out: NodeJS.WritableStream,
): Promise<RenderResult> {
  const printed = new Map<string, PrintedKind[]>();
  const tally = new PickingListTally();
  let orders = 0;
  let pages = 0;
  for await (const chunk of request.orders) {
    for (let start = 0; start < chunk.length; start += ORDERS_PER_LAYOUT) {
      const batch = chunk.slice(start, start + ORDERS_PER_LAYOUT);
      pages += printBatch(request, batch, pdf, printed, tally);
      orders += batch.length;
      forgetTextLayouts(pdf);
      await letTheReaderCatchUp(pdf, out);
    }
  }
  if (request.kind === 'picking-list') pages += layOutAndRender(pdf, [pickingList(tally, request.run)]);
  if (pages === 0) pages += layOutAndRender(pdf, [{ text: '印刷する帳票がありません' }]);
  pdf.end();
  await finished(out);
  return { orders, pages, printed };
}

/** Lays out and renders a batch of orders' documents (or adds them to the picking list); returns the pages added. */
function printBatch(
  request: RenderRequest,
  batch: readonly DocumentOrder[],
  pdf: PDFDocument,
  printed: Map<string, PrintedKind[]>,
  tally: PickingListTally,
): number {
  const documents: Content[] = [];
  for (const order of batch) {
    if (request.kind === 'picking-list') {
      tally.add(order, request.run);
      printed.set(order.orderId, ['picking-list']);
    } else {
      const forOrder = documentsForOrder(request.kind, order, request.run);
      documents.push(...forOrder.documents);
      printed.set(order.orderId, [...forOrder.printed]);
    }
  }
  return layOutAndRender(pdf, documents);
}

function shopImages(run: PrintRun): Record<string, string> {
  const images: Record<string, string> = {};
  for (const shop of run.shops.values()) {
    if (shop.logo !== null) images[logoImageName(shop.shopId)] = shop.logo;
    if (shop.seal !== null) images[sealImageName(shop.shopId)] = shop.seal;
  }
  return images;
}

/** Each document starts on a page of its own; the first of a chunk does anyway, as each layout starts a page. */
function layOutAndRender(pdf: PDFDocument, documents: readonly Content[]): number {
  if (documents.length === 0) return 0;
  const content = documents.map((document, index) => (index === 0 ? document : startingOnANewPage(document)));
  const builder = new LayoutBuilder(A4, MARGINS, new SVGMeasure());
  builder.registerTableLayouts(tableLayouts);
  const laidOut = builder.layoutDocument(content, pdf, {}, DEFAULT_STYLE, null, null, null, null, null);
  new Renderer(pdf).renderPages(laidOut);
  return laidOut.length;
}

/**
 * pdfkit caches the shaping of every word it has set, order numbers and addresses included, for the life of the
 * document: kept, that cache grows with the number of orders, so it starts again with each chunk.
 */
function forgetTextLayouts(pdf: PDFDocument): void {
  for (const styles of Object.values(pdf.fontCache)) {
    for (const font of Object.values(styles)) font.layoutCache = Object.create(null) as Record<string, unknown>;
  }
}

/**
 * Waits while the reader is behind, so a slow download holds layout back instead of filling memory; refuses to go on
 * once the reader is gone (a closed download), which would otherwise lay out the rest for nobody or wait forever.
 */
/** The break goes on the document's own node when it is one: every level of nesting is walked for every style lookup. */
function startingOnANewPage(document: Content): Content {
  return isStack(document) ? { ...document, pageBreak: 'before' } : { stack: [document], pageBreak: 'before' };
}

const isStack = (content: Content): content is ContentStack =>
  typeof content === 'object' && !Array.isArray(content) && Array.isArray((content as Partial<ContentStack>).stack);

async function letTheReaderCatchUp(pdf: PDFDocument, out: NodeJS.WritableStream): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  for (;;) {
    if (isClosed(out)) throw new Error('The PDF stream was closed before the documents were all written');
    if (pdf.readableLength <= BUFFERED_BYTES_LIMIT) return;
    const stop = new AbortController();
    await Promise.race([
      once(out as NodeJS.EventEmitter, 'drain', { signal: stop.signal }),
      once(out as NodeJS.EventEmitter, 'close', { signal: stop.signal }),
    ]).finally(() => stop.abort());
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function isClosed(out: NodeJS.WritableStream): boolean {
  const writable = out as Partial<Writable>;
  return writable.destroyed === true || writable.writableFinished === true;
}
