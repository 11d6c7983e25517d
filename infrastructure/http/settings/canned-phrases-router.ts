import { Router } from 'express';
import * as t from 'io-ts';
import { cannedPhrasesRequest } from '../../../application/canned-phrases/canned-phrases';
import { newRecordIdFor } from '../../../application/commands/command-id';
import { CannedPhraseCategory } from '../../../domain/canned-phrases/events';
import { findCannedPhrase, listCannedPhrases } from '../../../projections/canned-phrases/canned-phrases-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { NOT_FOUND } from '../errors';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import { boundedText, SearchText } from '../input-codecs';
import { CANNED_PHRASE_MAX } from '../../../domain/canned-phrases/canned-phrases';
import { answerCommand, callerOf } from '../command-answer';
import { IdsFilter, idsOf, page, type SettingsRouterDependencies } from './settings-commands';

/** Emptiness is the decider's rule (422 with the reason); the shape and the length are the request's (400). */
const PhraseBody = t.type({ category: CannedPhraseCategory, text: boundedText(CANNED_PHRASE_MAX) });
const Filter = t.partial({ category: CannedPhraseCategory, q: SearchText, id: IdsFilter });
const SORTS = ['category', 'text'] as const;

/** `/api/canned-phrases` (定型文): the tenant's phrases for reasons, memos and mails; reading needs a sign-in only. */
export function cannedPhrasesRouter(deps: SettingsRouterDependencies): Router {
  const router = Router();
  router.use('/canned-phrases', requireSignIn);
  const manage = requirePermission('settings.manage');

  router.get('/canned-phrases', async (req, res) => {
    const params = listParamsOr400(req, res, SORTS, { field: 'category', order: 'ASC' }, Filter);
    if (!params) return;
    const { id: _ids, ...filter } = params.filter;
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
    // The new phrase's id follows from the request's key, so that sending it again adds it once.
    const caller = callerOf(req);
    const phraseId = newRecordIdFor('canned-phrase', caller);
    const result = await deps.pipeline.run(
      cannedPhrasesRequest({ type: 'AddCannedPhrase', tenantId: caller.tenantId, phraseId, ...body }),
      caller,
    );
    await answerCommand(res, result, () => findCannedPhrase(deps.db, caller.tenantId, phraseId), 201);
  });

  router.put('/canned-phrases/:id', manage, async (req, res) => {
    const body = decodeOr400(PhraseBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const phraseId = req.params.id as string;
    const result = await deps.pipeline.run(
      cannedPhrasesRequest({ type: 'ChangeCannedPhrase', tenantId: caller.tenantId, phraseId, ...body }),
      caller,
    );
    await answerCommand(res, result, () => findCannedPhrase(deps.db, caller.tenantId, phraseId));
  });

  router.delete('/canned-phrases/:id', manage, async (req, res) => {
    const caller = callerOf(req);
    const phraseId = req.params.id as string;
    // react-admin shows the deleted record; once removed it is no longer listed, so it is read first.
    const before = await findCannedPhrase(deps.db, caller.tenantId, phraseId);
    const result = await deps.pipeline.run(
      cannedPhrasesRequest({ type: 'RemoveCannedPhrase', tenantId: caller.tenantId, phraseId }),
      caller,
    );
    await answerCommand(res, result, () => before);
  });

  return router;
}
