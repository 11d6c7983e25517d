import { Router } from 'express';
import * as t from 'io-ts';
import { changeCannedPhrases } from '../../../application/canned-phrases/canned-phrases';
import { CannedPhraseCategory } from '../../../domain/canned-phrases/events';
import { cannedPhraseIdFor, streamName } from '../../../domain/shared/ids';
import { findCannedPhrase, listCannedPhrases } from '../../../projections/canned-phrases/canned-phrases-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { NOT_FOUND } from '../errors';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import { answerCommand, commandContextOf, idsOf, page, type SettingsRouterDependencies } from './settings-commands';

/** Length and emptiness are the decider's rules (422 with the reason); the shape is the request's (400). */
const PhraseBody = t.type({ category: CannedPhraseCategory, text: t.string });
const Filter = t.partial({ category: CannedPhraseCategory, q: t.string });
const SORTS = ['category', 'text'] as const;

/** `/api/canned-phrases` (定型文): the tenant's phrases for reasons, memos and mails; reading needs a sign-in only. */
export function cannedPhrasesRouter(deps: SettingsRouterDependencies): Router {
  const router = Router();
  router.use('/canned-phrases', requireSignIn);
  const manage = requirePermission('settings.manage');

  router.get('/canned-phrases', async (req, res) => {
    const params = listParamsOr400(req, res, SORTS, { field: 'category', order: 'ASC' });
    if (!params) return;
    const filter = decodeOr400(Filter, params.filter, res);
    if (!filter) return;
    const phrases = await listCannedPhrases(deps.db, tenantOf(req), { ...filter, ids: idsOf(params.filter) });
    const { field, order } = params.sort;
    // `category` is the list's own order already (hold, cancel, memo, mail; shipped first, then as added).
    const sorted =
      field === 'category'
        ? phrases
        : [...phrases].sort((a, b) => (field === 'text' ? a.text.localeCompare(b.text, 'ja') : a.id < b.id ? -1 : 1));
    const ordered = order === 'DESC' ? [...sorted].reverse() : sorted;
    sendList(res, 'canned-phrases', page(ordered, params.offset, params.limit), params.offset, ordered.length);
  });

  router.get('/canned-phrases/:id', async (req, res) => {
    const phrase = await findCannedPhrase(deps.db, tenantOf(req), req.params.id);
    if (phrase) res.json(phrase);
    else res.status(404).json({ error: NOT_FOUND });
  });

  router.post('/canned-phrases', manage, async (req, res) => {
    const body = decodeOr400(PhraseBody, req.body ?? {}, res);
    if (!body) return;
    const context = commandContextOf(req);
    const phraseId = cannedPhraseIdFor(context.tenantId, context.commandId);
    const result = await changeCannedPhrases(
      deps.commands,
      { type: 'AddCannedPhrase', tenantId: context.tenantId, phraseId, category: body.category, text: body.text },
      context,
    );
    await answerCommand(
      deps,
      res,
      result,
      streamName.cannedPhrases(context.tenantId),
      () => findCannedPhrase(deps.db, context.tenantId, phraseId),
      201,
    );
  });

  router.put('/canned-phrases/:id', manage, async (req, res) => {
    const body = decodeOr400(PhraseBody, req.body ?? {}, res);
    if (!body) return;
    const context = commandContextOf(req);
    const phraseId = req.params.id as string;
    const result = await changeCannedPhrases(
      deps.commands,
      { type: 'ChangeCannedPhrase', tenantId: context.tenantId, phraseId, category: body.category, text: body.text },
      context,
    );
    await answerCommand(deps, res, result, streamName.cannedPhrases(context.tenantId), () =>
      findCannedPhrase(deps.db, context.tenantId, phraseId),
    );
  });

  router.delete('/canned-phrases/:id', manage, async (req, res) => {
    const context = commandContextOf(req);
    const phraseId = req.params.id as string;
    // react-admin shows the deleted record; once removed it is no longer listed, so it is read first.
    const before = await findCannedPhrase(deps.db, context.tenantId, phraseId);
    const result = await changeCannedPhrases(
      deps.commands,
      { type: 'RemoveCannedPhrase', tenantId: context.tenantId, phraseId },
      context,
    );
    await answerCommand(deps, res, result, streamName.cannedPhrases(context.tenantId), async () => before);
  });

  return router;
}
