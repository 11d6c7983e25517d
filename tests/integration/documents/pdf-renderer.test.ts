import { PassThrough } from 'node:stream';
import type { DocumentKind } from '../../../domain/documents/document-kind';
import type { DocumentOrder, PrintRun } from '../../../application/documents/document-input';
import { renderDocuments } from '../../../infrastructure/documents/pdf-renderer';
import { mallData, orderer } from '../../support/order-fixtures';
import { documentOrder, printRun, TINY_PNG } from '../../support/document-orders';
import { readPdf } from '../../support/pdf-text';

async function* inChunks(orders: readonly DocumentOrder[], size: number): AsyncIterable<readonly DocumentOrder[]> {
  for (let start = 0; start < orders.length; start += size) yield orders.slice(start, start + size);
}

async function render(kind: DocumentKind, orders: readonly DocumentOrder[], run: PrintRun = printRun(), chunk = 2) {
  const out = new PassThrough();
  const bytes: Buffer[] = [];
  out.on('data', (data: Buffer) => bytes.push(data));
  const result = await renderDocuments({ kind, orders: inChunks(orders, chunk), run }, out);
  return { result, pdf: Buffer.concat(bytes) };
}

const readBack = readPdf;

const numbered = (n: number): DocumentOrder =>
  documentOrder({ orderId: `o-${n}`, orderNumber: `123456-20261130-${String(n).padStart(7, '0')}` });

describe('the PDF renderer', () => {
  it('prints what Japanese buyers write, and it reads back exactly from the text layer', async () => {
    const hard = documentOrder({
      mallData: {
        orderer: { ...orderer, name: '山﨑 ㈱①～' },
        destinations: [{ ...mallData.destinations[0]!, recipient: { ...orderer, name: 'ﾔﾏﾀﾞ ﾀﾛｳ' } }],
      },
    });
    const { pdf } = await render(
      'delivery-statement',
      [hard],
      printRun({ shop: { issuer: { ...printRun().shops.get('s-1')!.issuer, name: '髙橋商店' } } }),
    );
    const { text } = await readBack(pdf);
    for (const expected of [
      '髙橋商店',
      '山﨑 ㈱①～ 様',
      'ﾔﾏﾀﾞ ﾀﾛｳ 様',
      '静岡茶①～特選～',
      'メゾン①～201号',
      'お届け明細書',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('returns the page count the PDF has, over several chunks, and what it printed per order', async () => {
    const orders = [1, 2, 3, 4, 5].map(numbered);
    const { result, pdf } = await render('work-sheet', orders);
    const { pages, text } = await readBack(pdf);
    expect(result.pages).toBe(pages);
    expect(pages).toBe(5);
    expect(result.orders).toBe(5);
    expect(result.printed.get('o-3')).toEqual(['work-sheet']);
    expect(text).toContain('123456-20261130-0000005');
  });

  it('counts a document that runs onto a second page', async () => {
    const lines = Array.from({ length: 60 }, (_, n) => ({
      sku: `SKU-${n}`,
      name: `商品 ${n}`,
      options: '',
      unitPrice: 100,
      quantity: 1,
      taxRate: 10 as const,
    }));
    const long = documentOrder({ mallData: { destinations: [{ ...mallData.destinations[0]!, lines }] } });
    const { result, pdf } = await render('purchase-statement', [long, numbered(2)]);
    const { pages } = await readBack(pdf);
    expect(pages).toBeGreaterThan(2);
    expect(result.pages).toBe(pages);
  });

  it('records the statements auto chose for each order', async () => {
    const toOrderer = documentOrder({
      orderId: 'o-self',
      mallData: {
        gift: { ...mallData.gift, isGift: false },
        destinations: [{ ...mallData.destinations[0]!, recipient: orderer }],
      },
    });
    const { result } = await render('auto', [toOrderer, documentOrder({ orderId: 'o-gift' })]);
    expect(result.printed.get('o-self')).toEqual(['purchase-statement']);
    expect(result.printed.get('o-gift')).toEqual(['delivery-statement']);
  });

  it('lays out the picking list once, at the end, over every chunk', async () => {
    const { result, pdf } = await render('picking-list', [1, 2, 3].map(numbered), printRun(), 1);
    const { text, pages } = await readBack(pdf);
    expect(result.pages).toBe(pages);
    expect(pages).toBe(1);
    expect(text).toContain('注文 3件');
    expect(text).toContain('123456-20261130-0000003');
  });

  it('embeds the logo and the seal once however many documents show them', async () => {
    const run = printRun({ shop: { logo: TINY_PNG, seal: TINY_PNG } });
    const images = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;
    const one = await render('invoice', [numbered(1)], run);
    const four = await render('invoice', [1, 2, 3, 4].map(numbered), run);
    expect(images(one.pdf)).toBeGreaterThan(0);
    expect(images(four.pdf)).toBe(images(one.pdf));
  });

  it('stops with an error when the reader closes the stream, rather than laying out the rest for nobody', async () => {
    const out = new PassThrough();
    out.once('data', () => out.destroy());
    const orders = inChunks([1, 2, 3, 4].map(numbered), 1);
    await expect(renderDocuments({ kind: 'purchase-statement', orders, run: printRun() }, out)).rejects.toThrow(
      /closed/,
    );
  });

  it('reads no file but its fonts and fetches no URL, whatever an image says', async () => {
    for (const logo of ['/etc/passwd', 'https://example.com/logo.png']) {
      const orders = inChunks([numbered(1)], 1);
      await expect(
        renderDocuments({ kind: 'invoice', orders, run: printRun({ shop: { logo } }) }, new PassThrough()),
      ).rejects.toThrow(/denied/);
    }
  });

  it('lays out a large chunk in batches and still counts every page', async () => {
    const orders = Array.from({ length: 120 }, (_, n) => numbered(n + 1));
    const { result, pdf } = await render('receipt', orders, printRun(), 120);
    const { pages, text } = await readBack(pdf);
    expect(result.pages).toBe(120);
    expect(pages).toBe(120);
    expect(text).toContain('No. 123456-20261130-0000120');
  });
});
