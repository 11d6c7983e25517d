import { Router } from 'express';
import * as t from 'io-ts';
import { printNamesRequest } from '../../../application/print-names/print-names';
import { PRINT_NAME_LIMITS } from '../../../domain/print-names/print-names';
import {
  findPrintName,
  listPrintNames,
  PRINT_NAME_SORTS,
} from '../../../projections/document-settings/print-name-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { answerCommand, callerOf } from '../command-answer';
import { NOT_FOUND } from '../errors';
import { SearchText } from '../input-codecs';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { requiredText } from '../required-text';
import { decodeOr400 } from '../validation';
import { IdsFilter, idsOf, type SettingsRouterDependencies } from './settings-commands';

const Sku = requiredText(PRINT_NAME_LIMITS.sku);
const Name = requiredText(PRINT_NAME_LIMITS.name);
const NewPrintName = t.type({ sku: Sku, name: Name });
const PrintNameEdit = t.type({ name: Name });
const Filter = t.partial({ q: SearchText, id: IdsFilter });

/**
 * `/api/print-names` (帳票商品名): the name each SKU prints under instead of the mall's long product title. The SKU is
 * the id; reading needs a sign-in, changing needs settings.manage.
 */
export function printNamesRouter(deps: SettingsRouterDependencies): Router {
  const router = Router();
  router.use('/print-names', requireSignIn);
  const manage = requirePermission('settings.manage');
  const find = (tenantId: string, sku: string) => () => findPrintName(deps.db, tenantId, sku);

  router.get('/print-names', async (req, res) => {
    const params = listParamsOr400(req, res, PRINT_NAME_SORTS, { field: 'sku', order: 'ASC' }, Filter);
    if (!params) return;
    const { q } = params.filter;
    const { rows, total } = await listPrintNames(deps.db, tenantOf(req), {
      ...params,
      ...(q !== undefined && { q }),
      ...(params.filter.id !== undefined && { ids: idsOf(params.filter) }),
    });
    sendList(res, 'print-names', rows, params.offset, total);
  });

  router.get('/print-names/:id', async (req, res) => {
    const found = await findPrintName(deps.db, tenantOf(req), req.params.id as string);
    if (found) res.json(found);
    else res.status(404).json({ error: NOT_FOUND });
  });

  router.post('/print-names', manage, async (req, res) => {
    const body = decodeOr400(NewPrintName, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const sku = body.sku.trim();
    const command = { type: 'SetPrintName', tenantId: caller.tenantId, sku, name: body.name, onlyNew: true } as const;
    const result = await deps.pipeline.run(printNamesRequest(command), caller);
    await answerCommand(res, result, find(caller.tenantId, sku), 201);
  });

  router.put('/print-names/:id', manage, async (req, res) => {
    const body = decodeOr400(PrintNameEdit, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const sku = req.params.id as string;
    const result = await deps.pipeline.run(
      printNamesRequest({ type: 'SetPrintName', tenantId: caller.tenantId, sku, name: body.name }),
      caller,
    );
    await answerCommand(res, result, find(caller.tenantId, sku.trim()));
  });

  router.delete('/print-names/:id', manage, async (req, res) => {
    const caller = callerOf(req);
    const sku = req.params.id as string;
    // react-admin shows the deleted record; once removed it is gone, so it is read first.
    const before = await findPrintName(deps.db, caller.tenantId, sku);
    if (!before) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    const result = await deps.pipeline.run(
      printNamesRequest({ type: 'SetPrintName', tenantId: caller.tenantId, sku, name: '' }),
      caller,
    );
    await answerCommand(res, result, () => before);
  });

  return router;
}
