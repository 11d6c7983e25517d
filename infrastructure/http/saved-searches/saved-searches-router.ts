import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import { NAME_MAX, SAVED_SEARCH_NOT_FOUND, savedSearchDecider } from '../../../domain/saved-search/saved-search';
import { isUuid, streamName } from '../../../domain/shared/ids';
import { ORDER_SORTS } from '../../../projections/order-search/order-search-queries';
import { findSavedSearch, listSavedSearches } from '../../../projections/saved-searches/saved-search-queries';
import { requireSignIn } from '../auth/authenticate';
import { tenantOf } from '../auth/tenant-scope';
import { listParamsOr400 } from '../list-params';
import { OrderFilter } from '../orders/order-filter';
import { sendList } from '../ra-simple-rest';
import { requiredText } from '../required-text';
import { newRecordIdFor } from '../../../application/commands/command-id';
import { callerOf, markReadModels, sendRefusal } from '../command-answer';
import { type CommandPipeline, commandRequest } from '../../../application/commands/command-pipeline';
import { decodeOr400 } from '../validation';
import { IdText } from '../input-codecs';

const Name = requiredText(NAME_MAX);
/** Only the order list saves searches today; its filter is checked (and stripped of unknown fields) as the list checks it. */
const NewSavedSearch = t.intersection([
  t.type({
    name: Name,
    filter: OrderFilter,
    sort: t.type({
      field: t.keyof(
        Object.fromEntries(ORDER_SORTS.map((f) => [f, null])) as Record<(typeof ORDER_SORTS)[number], null>,
      ),
      order: t.keyof({ ASC: null, DESC: null }),
    }),
  }),
  t.partial({ resource: t.literal('orders'), shared: t.boolean }),
]);
const Rename = t.type({ name: Name });
const Filter = t.exact(t.partial({ resource: IdText }));

/** 保存した検索条件: each person's own searches plus those shared in the tenant; only the owner renames or deletes. */
export function savedSearchesRouter(deps: { readonly db: DatabasePool; readonly pipeline: CommandPipeline }): Router {
  const router = Router();
  router.use('/saved-searches', requireSignIn);

  const find = (req: Request, id: string) => findSavedSearch(deps.db, tenantOf(req), req.principal!.staffUserId, id);
  const sendSavedSearch = async (req: Request, res: Response, id: string, status = 200) => {
    const found = await find(req, id);
    if (found) res.status(status).json(found);
    else res.status(404).json({ error: SAVED_SEARCH_NOT_FOUND });
  };

  router.get('/saved-searches', async (req, res) => {
    const params = listParamsOr400(req, res, ['name'], { field: 'name', order: 'ASC' }, Filter);
    if (!params) return;
    const { rows, total } = await listSavedSearches(deps.db, tenantOf(req), req.principal!.staffUserId, {
      ...params,
      ...params.filter,
    });
    sendList(res, 'saved-searches', rows, params.offset, total);
  });

  router.get('/saved-searches/:id', (req, res) => sendSavedSearch(req, res, req.params.id));

  router.post('/saved-searches', async (req, res) => {
    const body = decodeOr400(NewSavedSearch, req.body ?? {}, res);
    if (!body) return;
    const savedSearchId = newRecordIdFor('saved-search', callerOf(req));
    const { tenantId, staffUserId } = req.principal!;
    const command = {
      type: 'SaveSearch',
      savedSearchId,
      tenantId,
      ownerId: staffUserId,
      resource: body.resource ?? 'orders',
      name: body.name,
      filter: body.filter,
      sort: body.sort,
      shared: body.shared ?? false,
    } as const;
    const result = await deps.pipeline.run(
      commandRequest(savedSearchDecider, streamName.savedSearch(savedSearchId), command),
      callerOf(req),
    );
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    await sendSavedSearch(req, res, savedSearchId, 201);
  });

  router.put('/saved-searches/:id', async (req, res) => {
    const body = decodeOr400(Rename, req.body ?? {}, res);
    if (!body) return;
    const id = req.params.id as string;
    if (!isUuid(id)) return void res.status(404).json({ error: SAVED_SEARCH_NOT_FOUND });
    const command = {
      type: 'RenameSavedSearch',
      tenantId: tenantOf(req),
      by: req.principal!.staffUserId,
      name: body.name,
    } as const;
    const result = await deps.pipeline.run(
      commandRequest(savedSearchDecider, streamName.savedSearch(id), command),
      callerOf(req),
    );
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    await sendSavedSearch(req, res, id);
  });

  router.delete('/saved-searches/:id', async (req, res) => {
    const id = req.params.id as string;
    const found = await find(req, id);
    if (!found) return void res.status(404).json({ error: SAVED_SEARCH_NOT_FOUND });
    const command = { type: 'DeleteSavedSearch', tenantId: tenantOf(req), by: req.principal!.staffUserId } as const;
    const result = await deps.pipeline.run(
      commandRequest(savedSearchDecider, streamName.savedSearch(id), command),
      callerOf(req),
    );
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    markReadModels(res, result.right);
    res.json(found);
  });

  return router;
}
