import { stringify } from 'csv-stringify/sync';
import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { Logger } from 'pino';
import type { DatabasePool } from 'slonik';
import { newRecordIdFor } from '../../../application/commands/command-id';
import { BUILT_IN_FORMATS } from '../../../application/import/formats';
import { standardTemplate } from '../../../application/import/formats/standard';
import {
  AUTO_FORMAT,
  type RunImportDependencies,
  type RunImportRequest,
  runImport,
  startImport,
  UNKNOWN_FORMAT,
} from '../../../application/import/run-import';
import type { GlobalPosition } from '../../../application/ports/event-store';
import type { DomainError } from '../../../domain/shared/decider';
import { CUSTOM_PREFIX, UNREADABLE_FILE } from '../../../application/import/detect-layout';
import { ORDER_EVENTS } from '../../../domain/order/events';
import type { Mall } from '../../../domain/order/order-data';
import { ALREADY_STARTED, IMPORT_NOT_FOUND } from '../../../domain/import/import';
import { isUuid, streamName } from '../../../domain/shared/ids';
import { listShops } from '../../../projections/accounts/shop-queries';
import { listImportMappings } from '../../../projections/imports/import-mapping-queries';
import { findImport, IMPORT_SORTS, importProblems, listImports } from '../../../projections/imports/import-queries';
import type { PositionWaiter } from '../../../projections/position-waiter';
import { requireSignIn } from '../auth/authenticate';
import { callerOf } from '../command-answer';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { NOT_FOUND } from '../errors';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import { spreadsheetSafe } from './spreadsheet-cells';
import type { UploadFolder } from './upload-folder';
import { IdText } from '../input-codecs';
import { withUploadedFiles } from './uploaded-files';
import { wantsAsync } from './prefer-async';

export interface ImportsRouterDependencies {
  readonly db: DatabasePool;
  readonly waiter: PositionWaiter;
  readonly imports: RunImportDependencies;
  /** Where uploaded files wait while their import runs. */
  readonly uploads: UploadFolder;
  readonly logger: Logger;
}

const NewImport = t.type({
  shopId: IdText,
  format: t.union([IdText, t.undefined]),
  importId: t.union([IdText, t.undefined]),
});
/** Thousands of orders reach the order list some seconds after the last command. */
const IMPORT_WAIT_MS = 60_000;
const ListFilter = t.exact(t.partial({ shopId: IdText }));
const fieldError = (path: string, error: { code: string; ja: string; en: string }) => ({
  error: { ...error, fields: [{ path, ja: error.ja, en: error.en }] },
});

/**
 * A refused import: an import id already used is a conflict (another tenant's: not found), a format that does not exist
 * bad input, a file nothing can be read from (empty, UTF-16) or a format that does not fit unprocessable.
 */
function refuse(res: Response, error: DomainError): void {
  if (error.code === ALREADY_STARTED.code) return void res.status(409).json(fieldError('importId', error));
  if (error.code === IMPORT_NOT_FOUND.code) return void res.status(404).json(fieldError('importId', error));
  if (error.code === UNREADABLE_FILE) return void res.status(422).json(fieldError('files', error));
  res.status(error.code === UNKNOWN_FORMAT.code ? 400 : 422).json(fieldError('format', error));
}

/** 受注取込: upload files of a shop, the history of imports, their problems as CSV, the formats on offer. */
export function importsRouter(deps: ImportsRouterDependencies): Router {
  const router = Router();
  router.use(['/imports', '/import-formats'], requireSignIn);

  /** Imports answered with 202 whose orders may not be in the order list yet: shown as still running until they are. */
  const settling = new Set<string>();

  const sendImport = async (req: Request, res: Response, id: string, status = 200) => {
    const found = await findImport(deps.db, tenantOf(req), id);
    if (!found) return void res.status(404).json({ error: NOT_FOUND });
    const problems = await importProblems(deps.db, tenantOf(req), id);
    if (found.status !== 'running' && settling.has(id)) {
      const { imported, updated, unchanged, failed, rows } = found;
      return void res
        .status(status)
        .json({ ...found, status: 'running', progress: { imported, updated, unchanged, failed, rows }, problems });
    }
    const progress = found.status === 'running' ? deps.imports.inProgress?.countsOf(tenantOf(req), id) : undefined;
    res.status(status).json({ ...found, ...(progress && { progress }), problems });
  };

  /** Read-your-writes for an import: its record, and the order list opened next, show what it did. */
  const waitForReadModels = async (importId: string, position: GlobalPosition | undefined) => {
    await deps.waiter.waitFor(
      { position, streamName: streamName.import(importId), eventTypes: ['ImportCompleted'] },
      IMPORT_WAIT_MS,
    );
    await deps.waiter.waitFor(
      { position, streamName: streamName.order(''), eventTypes: Object.keys(ORDER_EVENTS) },
      IMPORT_WAIT_MS,
    );
  };

  router.post('/imports', requirePermission('orders.process'), (req, res) =>
    withUploadedFiles(deps.uploads, req, res, async (files, fields) => {
      const body = decodeOr400(NewImport, fields, res);
      if (!body) return;
      if (files.length === 0)
        return void res.status(400).json(
          fieldError('files', {
            code: 'invalid_input',
            ja: '取り込むファイルを選んでください',
            en: 'choose at least one file',
          }),
        );
      const { tenantId, staffUserId } = req.principal!;
      // Another tenant's shop is refused exactly like a shop that does not exist.
      const shop = (await listShops(deps.db, tenantId)).find((s) => s.id === body.shopId);
      if (!shop)
        return void res
          .status(400)
          .json(fieldError('shopId', { code: 'invalid_input', ja: '店舗が見つかりません', en: 'no such shop' }));
      if (body.importId !== undefined && !isUuid(body.importId)) {
        return void res.status(400).json(
          fieldError('importId', {
            code: 'invalid_input',
            ja: '取込IDはUUIDで指定してください',
            en: 'importId must be a UUID',
          }),
        );
      }
      // A client that names the import can watch its counts (GET /api/imports/:id) while this request runs. Otherwise
      // the id comes from the Idempotency-Key when there is one, so a retry cannot start a second import.
      const importId = body.importId ?? newRecordIdFor('import', callerOf(req));
      const request = {
        importId,
        tenantId,
        shop: { id: shop.id, mall: shop.mall as Mall },
        actor: staffUserId,
        correlationId: String(req.id),
        format: body.format || AUTO_FORMAT,
        files,
      };
      if (wantsAsync(req)) return importInBackground(req, res, request);
      const result = await runImport(deps.imports, request);
      if (E.isLeft(result)) return refuse(res, result.left);
      await waitForReadModels(importId, result.right.position);
      await sendImport(req, res, importId, 201);
    }),
  );

  /**
   * Answers 202 as soon as the import is recorded as started (so GET /api/imports/:id finds it), and goes on importing:
   * a sale day's file takes longer than proxies and browsers keep a request open. The uploaded files are kept until it
   * is done. A failure after the answer is recorded on the import (FailImport) and logged.
   */
  async function importInBackground(req: Request, res: Response, request: RunImportRequest): Promise<void> {
    const started = await startImport(deps.imports, request);
    if (E.isLeft(started)) return refuse(res, started.left);
    const { importId } = request;
    settling.add(importId);
    const finishing = started.right.finished
      .then((result) => waitForReadModels(importId, result.position))
      .catch((error: unknown) => deps.logger.error({ err: error, importId }, 'import failed after it was accepted'))
      .finally(() => settling.delete(importId));
    try {
      await deps.waiter.waitFor(
        { position: started.right.position, streamName: streamName.import(importId), eventTypes: ['ImportStarted'] },
        IMPORT_WAIT_MS,
      );
      res.location(`/api/imports/${importId}`).set('Preference-Applied', 'respond-async');
      await sendImport(req, res, importId, 202);
    } finally {
      await finishing;
    }
  }

  router.get('/imports', async (req, res) => {
    const params = listParamsOr400(req, res, IMPORT_SORTS, { field: 'startedAt', order: 'DESC' }, ListFilter);
    if (!params) return;
    const { rows, total } = await listImports(deps.db, tenantOf(req), { ...params, ...params.filter });
    sendList(res, 'imports', rows, params.offset, total);
  });

  router.get('/imports/:id', (req, res) => sendImport(req, res, req.params.id));

  router.get('/imports/:id/problems.csv', async (req, res) => {
    const found = await findImport(deps.db, tenantOf(req), req.params.id);
    if (!found) return void res.status(404).json({ error: NOT_FOUND });
    const problems = await importProblems(deps.db, tenantOf(req), found.id);
    const csv = stringify(
      problems.map((p) => [spreadsheetSafe(p.file), p.row, spreadsheetSafe(p.column), spreadsheetSafe(p.ja)]),
      { header: true, columns: ['file', 'row', 'column', 'message'], record_delimiter: '\r\n' },
    );
    res.type('text/csv; charset=utf-8').attachment(`import-${found.id}-problems.csv`);
    // With a BOM Excel opens it as UTF-8 instead of Shift_JIS.
    res.send(`\uFEFF${csv}`);
  });

  router.get('/import-formats/standard/template.csv', (_req, res) => {
    res.type('text/csv; charset=utf-8').attachment('standard-format-template.csv');
    res.send(standardTemplate());
  });

  /** The built-in formats and the saved mappings; for one shop (`filter={"shopId":…}`), only those that fit its mall. */
  router.get('/import-formats', async (req, res) => {
    const params = listParamsOr400(req, res, ['name'], { field: 'name', order: 'ASC' }, ListFilter);
    if (!params) return;
    const { filter } = params;
    const tenantId = tenantOf(req);
    const shop =
      filter.shopId === undefined
        ? undefined
        : (await listShops(deps.db, tenantId)).find((s) => s.id === filter.shopId);
    const builtIn = BUILT_IN_FORMATS.filter((f) => !shop || f.mall === null || f.mall === shop.mall).map((f) => ({
      id: f.name,
      name: f.name,
      label: f.label,
      mall: f.mall,
      custom: false,
      shopId: null,
    }));
    const saved =
      filter.shopId !== undefined && !shop
        ? []
        : (await listImportMappings(deps.db, tenantId, { offset: 0, limit: 500, ...filter })).rows;
    const custom = saved.map((m) => ({
      id: m.id,
      name: `${CUSTOM_PREFIX}${m.name}`,
      label: m.name,
      mall: null,
      custom: true,
      shopId: m.shopId,
    }));
    const all = [...builtIn, ...custom];
    sendList(res, 'import-formats', all.slice(params.offset, params.offset + params.limit), params.offset, all.length);
  });

  return router;
}
