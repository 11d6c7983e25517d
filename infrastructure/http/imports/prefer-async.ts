import type { Request } from 'express';

/** RFC 7240 `Prefer: respond-async`: the client watches the upload's work instead of waiting for it (202). */
export const wantsAsync = (req: Request) => /(^|[,;\s])respond-async\b/i.test(req.get('Prefer') ?? '');
