import { ApiError } from '../dataProvider/orders';
import { fetchOnce } from '../dataProvider/once-per-action';
import type { PrintTarget } from '../documents/documentsApi';

export interface LabelExportSummary {
  readonly orders: number;
  readonly labels: number;
  readonly moved: number;
  readonly refused: number;
}

export interface OrderLabelProblems {
  readonly orderId: string;
  readonly orderNumber: string;
  readonly problems: ReadonlyArray<{
    readonly field: string;
    readonly reason: string;
    readonly text: string;
    readonly detail?: string;
    readonly width?: number;
    readonly limit?: number;
  }>;
}

/** The file was written and saved, or nothing was: the orders the carrier's software would refuse, and why. */
export type LabelExportOutcome =
  | { readonly kind: 'exported'; readonly summary: LabelExportSummary }
  | { readonly kind: 'refused'; readonly orders: readonly OrderLabelProblems[] };

const fileNameOf = (disposition: string | null) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'labels.csv';

/** 送り状データ出力: the file is saved under the name the server gives it (layout and minute). */
export async function exportLabels(layout: string, target: PrintTarget): Promise<LabelExportOutcome> {
  const response = await fetchOnce('/api/label-exports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ layout, ...target }),
  });
  if (response.status === 422) {
    const body = await response.json().catch(() => ({}));
    if (body.error?.code === 'labels.refused') return { kind: 'refused', orders: body.orders };
    throw new ApiError(422, body);
  }
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'));
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  const summary = JSON.parse(
    response.headers.get('x-label-export-result') ?? '{"orders":0,"labels":0,"moved":0,"refused":0}',
  ) as LabelExportSummary;
  return { kind: 'exported', summary };
}
