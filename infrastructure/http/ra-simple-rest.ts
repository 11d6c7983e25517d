import type { Response } from 'express';

/**
 * The list answer ra-data-simple-rest expects: the page as a JSON array, the total in `Content-Range`. An estimated
 * total stays a number there (react-admin pages by it) and is labelled by `X-Total-Count-Estimated: true`.
 */
export function sendList<T>(
  res: Response,
  resource: string,
  rows: readonly T[],
  start: number,
  total: number,
  totalIsEstimate = false,
): void {
  const end = rows.length === 0 ? start : start + rows.length - 1;
  res.set('Content-Range', `${resource} ${start}-${end}/${total}`);
  if (totalIsEstimate) res.set('X-Total-Count-Estimated', 'true');
  res.set('Access-Control-Expose-Headers', 'Content-Range, X-Total-Count-Estimated');
  res.json(rows);
}
