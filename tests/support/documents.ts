/** Printing over the API as the admin does, and reading the PDF back through its text layer (pdf-parse). */
import { spawn } from 'node:child_process';

type Server = { readonly url: string };

export interface PdfText {
  readonly text: string;
  readonly pages: number;
}

// pdf.js loads its worker with a dynamic import, which jest's module sandbox refuses: the text is read in a plain node.
const READ_TEXT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
});`;

/** The PDF's text layer as pdf-parse (v2) reads it, and its page count. */
export function pdfText(data: Uint8Array): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', READ_TEXT], { cwd: __dirname });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as PdfText)
        : reject(
            new Error(
              `pdf-parse failed: ${Buffer.concat(err).toString('utf8').split('\n').slice(-8).join('\n').slice(-1500)}`,
            ),
          ),
    );
    child.stdin.end(data);
  });
}

export interface Printed {
  readonly status: number;
  readonly contentType: string | null;
  readonly disposition: string | null;
  /** `X-Documents-Result`, parsed. */
  readonly result: { orders: number; moved: number; refused: number } | null;
  /** The PDF's text when the answer is a PDF, else the JSON error body. */
  readonly pdf: PdfText | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the error says
  readonly body: any;
}

export async function printDocuments(
  server: Server,
  cookie: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Printed> {
  const response = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const contentType = response.headers.get('content-type');
  const isPdf = contentType === 'application/pdf';
  const result = response.headers.get('x-documents-result');
  return {
    status: response.status,
    contentType,
    disposition: response.headers.get('content-disposition'),
    result: result === null ? null : JSON.parse(result),
    pdf: isPdf ? await pdfText(bytes) : null,
    body: isPdf ? null : JSON.parse(Buffer.from(bytes).toString('utf8') || 'null'),
  };
}
