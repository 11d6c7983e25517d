/** The routes an express app answers, read from its router stack, so that a test can cover every one it has. */
import type { Express } from 'express';

export interface AppRoute {
  readonly method: string;
  /** As declared, with its parameters: `/api/orders/:id/commands/:name`. */
  readonly path: string;
}

interface Layer {
  readonly rawPath?: string;
  readonly route?: { readonly path: string; readonly methods: Record<string, boolean> };
  readonly handle: { readonly stack?: readonly Layer[] };
}

function collect(stack: readonly Layer[], prefix: string, into: AppRoute[]): void {
  for (const layer of stack) {
    if (layer.route) {
      for (const method of Object.keys(layer.route.methods).filter((m) => m !== '_all'))
        into.push({ method: method.toUpperCase(), path: `${prefix}${layer.route.path}` });
    } else if (layer.handle.stack) {
      // A mounted router: its routes' paths follow the mount path (none for a router used without one).
      collect(layer.handle.stack, `${prefix}${layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : ''}`, into);
    }
  }
}

/** Every route under `/api`, once each. */
export function apiRoutesOf(app: Express): AppRoute[] {
  const routes: AppRoute[] = [];
  collect((app as unknown as { router: { stack: Layer[] } }).router.stack, '', routes);
  const seen = new Set<string>();
  return routes.filter((r) => {
    const key = `${r.method} ${r.path}`;
    if (!r.path.startsWith('/api/') || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
