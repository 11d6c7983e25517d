import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import { ColumnMapping } from '../../../application/import/column-mapping';
import { REQUIRED_FIELDS } from '../../../application/import/fields';
import {
  IMPORT_MAPPING_NOT_FOUND,
  importMappingDecider,
  MAPPING_NAME_MAX,
} from '../../../domain/import-mapping/import-mapping';
import { importMappingIdFor, isUuid, streamName } from '../../../domain/shared/ids';
import { listShops } from '../../../projections/accounts/shop-queries';
import { findImportMapping, listImportMappings } from '../../../projections/imports/import-mapping-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { requiredText } from '../required-text';
import { callerOf, markReadModels, sendRefusal } from '../command-answer';
import { type CommandPipeline, commandRequest } from '../../../application/commands/command-pipeline';
import { decodeOr400, type FieldProblem } from '../validation';
import { IdText } from '../input-codecs';

/** What a person leaves out of a mapping is what most carts' CSV files are: comma-separated, quoted, with a header. */
const MAPPING_DEFAULTS = {
  delimiter: ',',
  quoted: true,
  header: true,
  dateFormats: [],
  paymentMethods: {},
  cancelledStatuses: [],
  trueValues: ['1', 'あり', 'はい', '○', 'true'],
};
const withDefaults = (body: unknown) => {
  const given = (body ?? {}) as { mapping?: unknown };
  return typeof given.mapping === 'object' && given.mapping !== null
    ? { ...given, mapping: { ...MAPPING_DEFAULTS, ...given.mapping } }
    : given;
};

/** Generous for any cart's layout (each column named, each payment wording listed), and no more. */
const MAPPING_JSON_MAX = 50_000;
const BoundedMapping = t.refinement(
  ColumnMapping,
  (mapping) => JSON.stringify(mapping).length <= MAPPING_JSON_MAX,
  `mapping of at most ${MAPPING_JSON_MAX} characters as JSON`,
);
const NewMapping = t.type({ shopId: IdText, name: requiredText(MAPPING_NAME_MAX), mapping: BoundedMapping });
const MappingEdit = t.type({ mapping: BoundedMapping });
const ListFilter = t.exact(t.partial({ shopId: IdText }));

/** A mapping without a column for a field every order needs would fail every row: refused up front. */
function requiredFieldsOr400(mapping: ColumnMapping, res: Response): boolean {
  const missing: FieldProblem[] = REQUIRED_FIELDS.filter((f) => mapping.fields[f] === undefined).map((f) => ({
    path: `mapping.fields.${f}`,
    ja: `必須の項目 ${f} の列を指定してください`,
    en: `choose the column of the required field ${f}`,
  }));
  if (missing.length === 0) return true;
  res.status(400).json({
    error: {
      code: 'invalid_input',
      ja: '必須の項目に列が指定されていません',
      en: 'required fields have no column',
      fields: missing,
    },
  });
  return false;
}

/** 取込設定: shops' saved column mappings for carts without a built-in format, imported as `custom:<name>`. */
export function importMappingsRouter(deps: { readonly db: DatabasePool; readonly pipeline: CommandPipeline }): Router {
  const router = Router();
  router.use('/import-mappings', requireSignIn);
  const manage = requirePermission('settings.manage');

  const sendMapping = async (req: Request, res: Response, id: string, status = 200) => {
    const found = await findImportMapping(deps.db, tenantOf(req), id);
    if (found) res.status(status).json(found);
    else res.status(404).json({ error: IMPORT_MAPPING_NOT_FOUND });
  };

  router.get('/import-mappings', async (req, res) => {
    const params = listParamsOr400(req, res, ['name'], { field: 'name', order: 'ASC' }, ListFilter);
    if (!params) return;
    const { rows, total } = await listImportMappings(deps.db, tenantOf(req), { ...params, ...params.filter });
    sendList(res, 'import-mappings', rows, params.offset, total);
  });

  router.get('/import-mappings/:id', (req, res) => sendMapping(req, res, req.params.id));

  router.post('/import-mappings', manage, async (req, res) => {
    const body = decodeOr400(NewMapping, withDefaults(req.body), res);
    if (!body || !requiredFieldsOr400(body.mapping, res)) return;
    const tenantId = tenantOf(req);
    if (!(await listShops(deps.db, tenantId)).some((s) => s.id === body.shopId)) {
      return void res.status(400).json({
        error: {
          code: 'invalid_input',
          ja: '店舗が見つかりません',
          en: 'no such shop',
          fields: [{ path: 'shopId', ja: '店舗が見つかりません', en: 'no such shop' }],
        },
      });
    }
    const mappingId = importMappingIdFor(tenantId, body.shopId, body.name);
    const command = {
      type: 'DefineImportMapping',
      mappingId,
      tenantId,
      shopId: body.shopId,
      name: body.name,
      mapping: body.mapping,
    } as const;
    const result = await deps.pipeline.run(
      commandRequest(importMappingDecider, streamName.importMapping(mappingId), command),
      callerOf(req),
    );
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    await sendMapping(req, res, mappingId, 201);
  });

  router.put('/import-mappings/:id', manage, async (req, res) => {
    const body = decodeOr400(MappingEdit, withDefaults(req.body), res);
    if (!body || !requiredFieldsOr400(body.mapping, res)) return;
    const id = req.params.id as string;
    if (!isUuid(id)) return void res.status(404).json({ error: IMPORT_MAPPING_NOT_FOUND });
    const command = { type: 'ChangeImportMapping', tenantId: tenantOf(req), mapping: body.mapping } as const;
    const result = await deps.pipeline.run(
      commandRequest(importMappingDecider, streamName.importMapping(id), command),
      callerOf(req),
    );
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    await sendMapping(req, res, id);
  });

  router.delete('/import-mappings/:id', manage, async (req, res) => {
    const found = await findImportMapping(deps.db, tenantOf(req), req.params.id as string);
    if (!found) return void res.status(404).json({ error: IMPORT_MAPPING_NOT_FOUND });
    const result = await deps.pipeline.run(
      commandRequest(importMappingDecider, streamName.importMapping(found.id), {
        type: 'DeleteImportMapping',
        tenantId: tenantOf(req),
      } as const),
      callerOf(req),
    );
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    res.json(found);
  });

  return router;
}
