import { type Request, type Response, Router } from 'express';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import {
  answerEnquiry,
  type AnswerEnquiryDependencies,
  setEnquiryState,
} from '../../../application/enquiries/answer-enquiry';
import { ENQUIRY_TEXT_MAX } from '../../../application/enquiries/enquiry-text';
import { EnquiryState } from '../../../domain/order/enquiry-events';
import {
  enquiriesOfOrder,
  enquiryInbox,
  enquiryThread,
  openEnquiryCount,
} from '../../../projections/enquiries/enquiry-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { answerCommand, callerOf } from '../command-answer';
import { NOT_FOUND } from '../errors';
import { IdText } from '../input-codecs';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { requiredText } from '../required-text';
import { decodeOr400 } from '../validation';

export type EnquiriesRouterDependencies = AnswerEnquiryDependencies & { readonly db: DatabasePool };

const Filter = t.partial({ state: EnquiryState, orderId: IdText });
const AnswerBody = t.type({ text: requiredText(ENQUIRY_TEXT_MAX), sendMail: t.boolean });
const StateBody = t.type({ state: EnquiryState });

/**
 * 問い合わせ: `GET /api/enquiries` (the inbox: 未対応 first, then 対応中, then 完了, the newest message first within;
 * `filter={"state":"open"}`), `GET /api/enquiries/open-count` (for scripts; the admin's badge reads the list's total), `GET /api/enquiries/:id` (the thread),
 * `POST /api/enquiries/:id/answer` `{ text, sendMail }`, `POST /api/enquiries/:id/state` `{ state }`, and
 * `GET /api/orders/:id/enquiries` (the order's threads). Texts are plain text: the API never interprets HTML.
 */
export function enquiriesRouter(deps: EnquiriesRouterDependencies): Router {
  const router = Router();
  router.use('/enquiries', requireSignIn);
  const process = requirePermission('orders.process');

  router.get('/enquiries', async (req: Request, res: Response) => {
    // The inbox has one order (state, then the newest message): a sort field only pages it.
    const params = listParamsOr400(req, res, ['lastMessageAt'], { field: 'lastMessageAt', order: 'DESC' }, Filter);
    if (!params) return;
    const { rows, total } = await enquiryInbox(deps.db, tenantOf(req), params.filter, params);
    sendList(res, 'enquiries', rows, params.offset, total);
  });

  router.get('/enquiries/open-count', async (req: Request, res: Response) => {
    res.json({ open: await openEnquiryCount(deps.db, tenantOf(req)) });
  });

  router.get('/enquiries/:id', async (req: Request, res: Response) => {
    const thread = await enquiryThread(deps.db, tenantOf(req), String(req.params.id));
    if (thread) res.json(thread);
    else res.status(404).json({ error: NOT_FOUND });
  });

  router.post('/enquiries/:id/answer', process, async (req: Request, res: Response) => {
    const body = decodeOr400(AnswerBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const enquiryId = String(req.params.id);
    const result = await answerEnquiry(deps, caller, { enquiryId, ...body });
    // `mail`: the mail queue's answer ({ queued, skipped, refused }), null when no mail was asked for.
    await answerCommand(res, result, async (answered) => ({
      ...(await enquiryThread(deps.db, caller.tenantId, enquiryId)),
      mail: answered.mail,
    }));
  });

  router.post('/enquiries/:id/state', process, async (req: Request, res: Response) => {
    const body = decodeOr400(StateBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const enquiryId = String(req.params.id);
    const result = await setEnquiryState(deps, caller, { enquiryId, state: body.state });
    await answerCommand(res, result, () => enquiryThread(deps.db, caller.tenantId, enquiryId));
  });

  router.get('/orders/:id/enquiries', requireSignIn, async (req: Request, res: Response) => {
    const threads = await enquiriesOfOrder(deps.db, tenantOf(req), String(req.params.id));
    sendList(res, 'enquiries', threads, 0, threads.length);
  });

  return router;
}
