/**
 * The in-process side of `npm run bench -- documents`, run in a process of its own so that its peak memory is its own:
 * `documents-peer.ts streaming` renders the 1,000 purchase statements with our renderer, `one-document` with pdfmake's
 * own build of one definition holding them all. Prints `{"seconds":N}`.
 */
import { Writable } from 'node:stream';
import pdfmake from 'pdfmake';
import type { DocumentOrder, PrintRun } from '../../application/documents/document-input';
import { documentsForOrder } from '../../application/documents/documents-for-order';
import { defaultDocumentSettings } from '../../domain/documents/document-settings';
import { demoOrder, seededRandom } from '../../infrastructure/cli/demo/demo-orders';
import { renderDocuments } from '../../infrastructure/documents/pdf-renderer';

const ORDERS = Number(process.env.BENCH_DOCUMENT_ORDERS ?? 1000);
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** A sink that counts bytes: the renderer's output without a disk in the way. */
const countingSink = () => {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { sink, bytes: () => bytes };
};

/** The orders the 楽天 file numbered from 1 holds, built here as the documents see them. */
function sameOrdersInProcess(count: number): { orders: DocumentOrder[]; run: PrintRun } {
  const random = seededRandom(20261130);
  const now = new Date('2026-11-30T09:00:00+09:00');
  const shop = { id: 'bench-shop', mall: 'rakuten' as const };
  const orders = Array.from({ length: count }, (_, i): DocumentOrder => {
    const { mallData, shopData, orderNumber } = demoOrder(random, 'bench', shop, i + 1, now);
    return {
      orderId: `bench-${i}`,
      shopId: shop.id,
      mall: 'rakuten',
      orderNumber,
      mallData,
      shopData,
      receipt: { addressee: null, proviso: null },
    };
  });
  const settings = {
    shopId: shop.id,
    shopName: '楽天店',
    logo: null,
    seal: null,
    ...defaultDocumentSettings('楽天店'),
  };
  const run: PrintRun = {
    printedAt: now.toISOString(),
    printNames: new Map(),
    shops: new Map([[shop.id, settings]]),
    receiptIssues: new Map(),
  };
  return { orders, run };
}

/** Our renderer alone, in this process: chunks of 50 orders as the printing service hands them over. */
async function rendererAlone(orders: readonly DocumentOrder[], run: PrintRun) {
  async function* chunks() {
    for (let i = 0; i < orders.length; i += 50) yield orders.slice(i, i + 50);
  }
  const { sink, bytes } = countingSink();
  const started = process.hrtime.bigint();
  const rendered = await renderDocuments({ kind: 'purchase-statement', orders: chunks(), run }, sink);
  return { seconds: seconds(started), pages: rendered.pages, bytes: bytes() };
}

/** pdfmake's documented way: one docDefinition holding every statement, laid out whole, then written. */
async function pdfmakeOneDocument(orders: readonly DocumentOrder[], run: PrintRun) {
  const fonts = {
    NotoSansJP: {
      normal: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
      bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
    },
  };
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file: string) => Object.values(fonts.NotoSansJP).includes(file));
  const started = process.hrtime.bigint();
  const content = orders.flatMap((order, i) =>
    documentsForOrder('purchase-statement', order, run).documents.map((document, j) =>
      i + j === 0 ? document : { stack: [document], pageBreak: 'before' as const },
    ),
  );
  const buffer = await pdfmake
    .createPdf({ content, pageSize: 'A4', defaultStyle: { font: 'NotoSansJP', fontSize: 9 } })
    .getBuffer();
  return { seconds: seconds(started), bytes: buffer.length };
}

async function main(mode: string | undefined): Promise<void> {
  const { orders, run } = sameOrdersInProcess(ORDERS);
  if (mode === 'streaming') console.log(JSON.stringify(await rendererAlone(orders, run)));
  else if (mode === 'one-document') console.log(JSON.stringify(await pdfmakeOneDocument(orders, run)));
  else throw new Error(`documents-peer: streaming or one-document, not ${mode}`);
}

main(process.argv[2]).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
