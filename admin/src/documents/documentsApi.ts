import { ApiError } from '../dataProvider/orders';
import { fetchOnce } from '../dataProvider/once-per-action';
import type { DocumentKind } from '../../../domain/documents/document-kind';

export interface PrintSummary {
  readonly orders: number;
  readonly moved: number;
  readonly refused: number;
}

export type PrintTarget = { readonly ids: readonly string[] } | { readonly filter: Record<string, unknown> };

/**
 * Prints into `tab`, a window the click opened before anything was awaited (a window opened after a request is what
 * popup blockers stop): the PDF is loaded into it as a blob URL. An error closes it and is thrown with its message.
 */
export async function printDocuments(
  kind: DocumentKind,
  target: PrintTarget,
  tab: Window | null,
): Promise<PrintSummary> {
  try {
    const response = await fetchOnce('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind, ...target }),
    });
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
    const url = URL.createObjectURL(await response.blob());
    if (tab) tab.location.href = url;
    else window.open(url, '_blank');
    // The tab keeps what it loaded; the URL itself is let go once it had time to load.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return JSON.parse(
      response.headers.get('x-documents-result') ?? '{"orders":0,"moved":0,"refused":0}',
    ) as PrintSummary;
  } catch (error) {
    tab?.close();
    throw error;
  }
}
