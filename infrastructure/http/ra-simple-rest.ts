import type { Response } from 'express';

/** The list answer ra-data-simple-rest expects: the page as a JSON array, the total in `Content-Range`. */
export function sendList<T>(res: Response, resource: string, rows: readonly T[], start: number, total: number): void {
  const end = rows.length === 0 ? start : start + rows.length - 1;
  res.set('Content-Range', `${resource} ${start}-${end}/${total}`);
  res.set('Access-Control-Expose-Headers', 'Content-Range');
  res.json(rows);
}
