import type { Request } from 'express';
import './principal';

/**
 * The one place a request's tenant comes from: the signed-in principal (session or API token). Routers pass it to
 * every query; no route reads a tenant id from the URL, the body or the query string.
 */
export function tenantOf(req: Request): string {
  if (!req.principal) throw new Error('tenantOf called on a route that does not require sign-in');
  return req.principal.tenantId;
}
