/** Printing over the API as the admin does, the PDF read back through its text layer (pdf-text.ts). */
import { readPdf } from './pdf-text';

type Server = { readonly url: string };

export interface PdfText {
  readonly text: string;
  readonly pages: number;
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
    pdf: isPdf ? await readPdf(Buffer.from(bytes)) : null,
    body: isPdf ? null : JSON.parse(Buffer.from(bytes).toString('utf8') || 'null'),
  };
}
