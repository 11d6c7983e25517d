import { ApiError } from '../dataProvider/orders';
import { fetchOnce } from '../dataProvider/once-per-action';

export interface ShippingResultsSummary {
  readonly orders: number;
  readonly refused: number;
}

export interface ShopResults {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly mall: string;
  /** The mall's file (its name as staff know it), null when the mall has none. */
  readonly file: string | null;
  readonly unreported: number;
}

export async function shopsWithResults(): Promise<ShopResults[]> {
  const response = await fetchOnce('/api/shipping-results/shops', {});
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
  return (await response.json()) as ShopResults[];
}

const fileNameOf = (disposition: string | null) =>
  /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'shipping-results.txt';

/** 処理実績出力: the mall's file is saved under the name the mall's upload screen expects. */
export async function writeShippingResults(body: {
  shopId: string;
  orderIds?: readonly string[];
}): Promise<ShippingResultsSummary> {
  const response = await fetchOnce('/api/shipping-results', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'));
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return JSON.parse(response.headers.get('x-shipping-results') ?? '{"orders":0,"refused":0}') as ShippingResultsSummary;
}
