import { type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { Logger } from 'pino';
import { newRecordIdFor } from '../../../application/commands/command-id';
import type { Caller } from '../../../application/commands/command-pipeline';
import type { ImportsInProgress } from '../../../application/import/imports-in-progress';
import {
  importTrackingNumbers,
  NO_TRACKING_COUNTS,
  type TrackingImportCounts,
  type TrackingImportDependencies,
  type TrackingImportError,
} from '../../../application/tracking/import-tracking-numbers';
import type { ReturnFileLayout } from '../../../application/tracking/return-files/return-file-layouts';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { callerOf } from '../command-answer';
import { NOT_FOUND } from '../errors';
import { wantsAsync } from '../imports/prefer-async';
import type { UploadFolder } from '../imports/upload-folder';
import { type UploadedFile, withUploadedFiles } from '../imports/uploaded-files';
import { decodeOr400 } from '../validation';
import { FinishedTrackingImports, type TrackingImportOutcome } from './finished-tracking-imports';

export interface TrackingImportsRouterDependencies {
  readonly tracking: TrackingImportDependencies;
  readonly uploads: UploadFolder;
  /** The counts of the imports answered with 202 that this process is running. */
  readonly inProgress: ImportsInProgress<TrackingImportCounts>;
  readonly logger: Logger;
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

const add = (a: TrackingImportCounts, b: TrackingImportCounts): TrackingImportCounts => ({
  rows: a.rows + b.rows,
  matched: a.matched + b.matched,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
  unmatched: a.unmatched + b.unmatched,
  failed: a.failed + b.failed,
});

/** Each file matched and recorded in turn; the counts summed, and every row not recorded listed with its file. */
async function importFiles(
  deps: TrackingImportsRouterDependencies,
  caller: Caller,
  layout: ReturnFileLayout,
  files: readonly UploadedFile[],
  onProgress: (counts: TrackingImportCounts) => void,
): Promise<TrackingImportOutcome> {
  const total = { matched: 0, updated: 0, unchanged: 0, unmatched: 0 };
  let done = NO_TRACKING_COUNTS;
  const errors: (TrackingImportError & { file: string })[] = [];
  for (const file of files) {
    // A request key names all its files: each file's writes need a name of their own.
    const fileCaller = caller.idempotencyKey
      ? { ...caller, idempotencyKey: `${caller.idempotencyKey}:${file.name}` }
      : caller;
    const importId = newRecordIdFor('tracking-import', fileCaller);
    const before = done;
    const result = await importTrackingNumbers(
      deps.tracking,
      fileCaller,
      { layout, bytes: await readAll(file.open()), importId },
      (counts) => onProgress((done = add(before, counts))),
    );
    total.matched += result.matched;
    total.updated += result.updated;
    total.unchanged += result.unchanged;
    total.unmatched += result.unmatched;
    errors.push(...result.errors.map((e) => ({ file: file.name, ...e })));
  }
  return { ...total, errors };
}

/**
 * 伝票番号取込: a multipart upload (`layout`, `files[]`) of a carrier's return files, as POST /api/imports takes order
 * files. Answered with the counts and every row not recorded (unmatched keys included) with its file and line; with
 * `Prefer: respond-async` (as the admin sends), answered 202 at once and watched at GET /api/tracking-imports/:id,
 * since a day's file of thousands of parcels outlasts what proxies let a request take.
 */
export function trackingImportsRouter(deps: TrackingImportsRouterDependencies): Router {
  const router = Router();
  router.use('/tracking-imports', requireSignIn);
  const finished = new FinishedTrackingImports();

  /** What GET answers: running with the counts so far, or the outcome; another tenant's import is not found. */
  const recordOf = (tenantId: string, id: string) => {
    const progress = deps.inProgress.countsOf(tenantId, id);
    if (progress) return { id, status: 'running' as const, progress };
    return finished.find(tenantId, id);
  };

  router.post('/tracking-imports', requirePermission('orders.process'), (req, res) =>
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
      if (!wantsAsync(req)) return void res.json(await importFiles(deps, caller, layout, files, () => undefined));
      await importInBackground(res, caller, layout, files);
    }),
  );

  /**
   * Answers 202 once the import is registered (so GET finds it) and goes on importing; the uploaded files are kept
   * until it is done. A retry with the same Idempotency-Key is answered with the import it started.
   */
  async function importInBackground(
    res: Response,
    caller: Caller,
    layout: ReturnFileLayout,
    files: readonly UploadedFile[],
  ): Promise<void> {
    const id = newRecordIdFor('tracking-import-run', caller);
    res.location(`/api/tracking-imports/${id}`).set('Preference-Applied', 'respond-async');
    const known = recordOf(caller.tenantId, id);
    if (known || deps.inProgress.isRunning(id)) return void res.status(202).json(known ?? { id, status: 'running' });
    deps.inProgress.begin(id, caller.tenantId);
    res.status(202).json({ id, status: 'running', layout: layout.name, progress: NO_TRACKING_COUNTS });
    try {
      const outcome = await importFiles(deps, caller, layout, files, (counts) => deps.inProgress.advance(id, counts));
      finished.add(caller.tenantId, { id, status: 'completed', layout: layout.name, ...outcome });
    } catch (error) {
      deps.logger.error({ err: error, importId: id }, 'tracking import failed after it was accepted');
      finished.add(caller.tenantId, {
        id,
        status: 'failed',
        layout: layout.name,
        failure: { ja: '取込が途中で止まりました。もう一度取り込んでください', en: 'the import stopped; import again' },
      });
    } finally {
      deps.inProgress.end(id);
    }
  }

  router.get('/tracking-imports/:id', (req, res) => {
    const record = recordOf(tenantOf(req), req.params.id);
    if (!record) return void res.status(404).json({ error: NOT_FOUND });
    res.json(record);
  });
  return router;
}
