import { randomUUID } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import { BUILT_IN_FORMATS } from '../../../application/import/formats';
import { standardTemplate } from '../../../application/import/formats/standard';
import { AUTO_FORMAT, type RunImportDependencies, runImport, UNKNOWN_FORMAT } from '../../../application/import/run-import';
import { CUSTOM_PREFIX } from '../../../application/import/detect-layout';
import { ORDER_EVENTS } from '../../../domain/order/events';
import type { Mall } from '../../../domain/order/order-data';
import { ALREADY_STARTED } from '../../../domain/import/import';
import { isUuid, streamName } from '../../../domain/shared/ids';
import { listShops } from '../../../projections/accounts/shop-queries';
import { listImportMappings } from '../../../projections/imports/import-mapping-queries';
import { findImport, IMPORT_SORTS, importProblems, listImports } from '../../../projections/imports/import-queries';
import type { PositionWaiter } from '../../../projections/position-waiter';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { NOT_FOUND } from '../errors';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import { withUploadedFiles } from './uploaded-files';

export interface ImportsRouterDependencies {
  readonly db: DatabasePool;
  readonly waiter: PositionWaiter;
  readonly imports: RunImportDependencies;
}

const NewImport = t.type({ shopId: t.string, format: t.union([t.string, t.undefined]), importId: t.union([t.string, t.undefined]) });
/** Thousands of orders reach the order list some seconds after the last command. */
const IMPORT_WAIT_MS = 60_000;
const ListFilter = t.exact(t.partial({ shopId: t.string }));
const fieldError = (path: string, error: { code: string; ja: string; en: string }) => ({ error: { ...error, fields: [{ path, ja: error.ja, en: error.en }] } });

/** 受注取込: upload files of a shop, the history of imports, their problems as CSV, the formats on offer. */
export function importsRouter(deps: ImportsRouterDependencies): Router {
  const router = Router();
  router.use(['/imports', '/import-formats'], requireSignIn);

  const sendImport = async (req: Request, res: Response, id: string, status = 200) => {
    const found = await findImport(deps.db, tenantOf(req), id);
    if (!found) return void res.status(404).json({ error: NOT_FOUND });
    const progress = found.status === 'running' ? deps.imports.inProgress?.countsOf(tenantOf(req), id) : undefined;
    res.status(status).json({ ...found, ...(progress && { progress }), problems: await importProblems(deps.db, tenantOf(req), id) });
  };

  router.post('/imports', requirePermission('orders.process'), (req, res) =>
    withUploadedFiles(req, res, async (files, fields) => {
      const body = decodeOr400(NewImport, fields, res);
      if (!body) return;
      if (files.length === 0) return void res.status(400).json(fieldError('files', { code: 'invalid_input', ja: '取り込むファイルを選んでください', en: 'choose at least one file' }));
      const { tenantId, staffUserId } = req.principal!;
      // Another tenant's shop is refused exactly like a shop that does not exist.
      const shop = (await listShops(deps.db, tenantId)).find((s) => s.id === body.shopId);
      if (!shop) return void res.status(400).json(fieldError('shopId', { code: 'invalid_input', ja: '店舗が見つかりません', en: 'no such shop' }));
      if (body.importId !== undefined && !isUuid(body.importId)) {
        return void res.status(400).json(fieldError('importId', { code: 'invalid_input', ja: '取込IDはUUIDで指定してください', en: 'importId must be a UUID' }));
      }
      // A client that names the import can watch its counts (GET /api/imports/:id) while this request runs.
      const importId = body.importId ?? randomUUID();
      const request = { importId, tenantId, shop: { id: shop.id, mall: shop.mall as Mall }, actor: staffUserId, correlationId: String(req.id), format: body.format || AUTO_FORMAT, files };
      const result = await runImport(deps.imports, request);
      if (E.isLeft(result)) {
        if (result.left.code === ALREADY_STARTED.code) return void res.status(409).json(fieldError('importId', result.left));
        return void res.status(result.left.code === UNKNOWN_FORMAT.code ? 400 : 422).json(fieldError('format', result.left));
      }
      // The answer, and the order list opened next, show the imported orders.
      await deps.waiter.waitFor({ position: result.right.position, streamName: streamName.import(importId), eventTypes: ['ImportCompleted'] }, IMPORT_WAIT_MS);
      await deps.waiter.waitFor({ position: result.right.position, streamName: streamName.order(''), eventTypes: Object.keys(ORDER_EVENTS) }, IMPORT_WAIT_MS);
      await sendImport(req, res, importId, 201);
    }),
  );

  router.get('/imports', async (req, res) => {
    const params = listParamsOr400(req, res, IMPORT_SORTS, { field: 'startedAt', order: 'DESC' });
    if (!params) return;
    const filter = decodeOr400(ListFilter, params.filter, res);
    if (!filter) return;
    const { rows, total } = await listImports(deps.db, tenantOf(req), { ...params, ...filter });
    sendList(res, 'imports', rows, params.offset, total);
  });

  router.get('/imports/:id', (req, res) => sendImport(req, res, req.params.id));

  router.get('/imports/:id/problems.csv', async (req, res) => {
    const found = await findImport(deps.db, tenantOf(req), req.params.id);
    if (!found) return void res.status(404).json({ error: NOT_FOUND });
    const problems = await importProblems(deps.db, tenantOf(req), found.id);
    const csv = stringify(
      problems.map((p) => [p.file, p.row, p.column, p.ja]),
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
    const params = listParamsOr400(req, res, ['name'], { field: 'name', order: 'ASC' });
    if (!params) return;
    const filter = decodeOr400(ListFilter, params.filter, res);
    if (!filter) return;
    const tenantId = tenantOf(req);
    const shop = filter.shopId === undefined ? undefined : (await listShops(deps.db, tenantId)).find((s) => s.id === filter.shopId);
    const builtIn = BUILT_IN_FORMATS.filter((f) => !shop || f.mall === null || f.mall === shop.mall).map((f) => ({ id: f.name, name: f.name, label: f.label, mall: f.mall, custom: false, shopId: null }));
    const saved = filter.shopId !== undefined && !shop ? [] : (await listImportMappings(deps.db, tenantId, { offset: 0, limit: 500, ...filter })).rows;
    const custom = saved.map((m) => ({ id: m.id, name: `${CUSTOM_PREFIX}${m.name}`, label: m.name, mall: null, custom: true, shopId: m.shopId }));
    const all = [...builtIn, ...custom];
    sendList(res, 'import-formats', all.slice(params.offset, params.offset + params.limit), params.offset, all.length);
  });

  return router;
}
