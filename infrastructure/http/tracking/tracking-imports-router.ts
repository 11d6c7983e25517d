import { Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { newRecordIdFor } from '../../../application/commands/command-id';
import {
  importTrackingNumbers,
  type TrackingImportDependencies,
  type TrackingImportError,
} from '../../../application/tracking/import-tracking-numbers';
import type { ReturnFileLayout } from '../../../application/tracking/return-files/return-file-layouts';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { callerOf } from '../command-answer';
import type { UploadFolder } from '../imports/upload-folder';
import { withUploadedFiles } from '../imports/uploaded-files';
import { decodeOr400 } from '../validation';

export interface TrackingImportsRouterDependencies {
  readonly tracking: TrackingImportDependencies;
  readonly uploads: UploadFolder;
  /** A built-in return-file layout, or the tenant's `custom:<name>` read back (infrastructure/labels). */
  readonly returnLayout: (
    tenantId: string,
    name: string,
  ) => Promise<E.Either<{ readonly ja: string; readonly en: string }, ReturnFileLayout>>;
}

const NewTrackingImport = t.type({ layout: t.string });

const readAll = async (stream: NodeJS.ReadableStream): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
};

/**
 * 伝票番号取込: a multipart upload (`layout`, `files[]`) of a carrier's return files, as POST /api/imports takes order
 * files. Each file is matched and recorded in turn; the answer sums the counts and lists every row not recorded
 * (unmatched keys included) with its file and line.
 */
export function trackingImportsRouter(deps: TrackingImportsRouterDependencies): Router {
  const router = Router();
  router.post('/tracking-imports', requireSignIn, requirePermission('orders.process'), (req, res) =>
    withUploadedFiles(deps.uploads, req, res, async (files, fields) => {
      const body = decodeOr400(NewTrackingImport, fields, res);
      if (!body) return;
      const found = await deps.returnLayout(tenantOf(req), body.layout);
      const fieldError = (path: string, ja: string, en: string) =>
        res.status(400).json({ error: { code: 'invalid_input', ja, en, fields: [{ path, ja, en }] } });
      if (E.isLeft(found)) return void fieldError('layout', found.left.ja, found.left.en);
      const layout = found.right;
      if (files.length === 0)
        return void fieldError('files', '取り込むファイルを選んでください', 'choose at least one file');
      const caller = callerOf(req);
      const total = { matched: 0, updated: 0, unchanged: 0, unmatched: 0 };
      const errors: (TrackingImportError & { file: string })[] = [];
      for (const file of files) {
        // A request key names all its files: each file's writes need a name of their own.
        const fileCaller = caller.idempotencyKey
          ? { ...caller, idempotencyKey: `${caller.idempotencyKey}:${file.name}` }
          : caller;
        const importId = newRecordIdFor('tracking-import', fileCaller);
        const result = await importTrackingNumbers(deps.tracking, fileCaller, {
          layout,
          bytes: await readAll(file.open()),
          importId,
        });
        total.matched += result.matched;
        total.updated += result.updated;
        total.unchanged += result.unchanged;
        total.unmatched += result.unmatched;
        errors.push(...result.errors.map((e) => ({ file: file.name, ...e })));
      }
      res.json({ ...total, errors });
    }),
  );
  return router;
}
