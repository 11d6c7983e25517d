import { type Request, type Response, Router } from 'express';
import * as t from 'io-ts';
import { type DatabasePool, sql } from 'slonik';
import {
  MAX_MAILS_PER_REQUEST,
  writtenMailTrigger,
  type MailRequestsAnswer,
  requestMails,
  type RequestMailsDependencies,
} from '../../../application/mail/request-mails';
import { TemplateMailKind } from '../../../domain/mail/mail-kind';
import { ORDER_NOT_FOUND } from '../../../domain/order/decision';
import { OrderStatus } from '../../../domain/order/status';
import { isUuid } from '../../../domain/shared/ids';
import { orderIdsMatching } from '../../../projections/order-search/order-search-queries';
import { requireSignIn } from '../auth/authenticate';
import { tenantOf } from '../auth/tenant-scope';
import { boundedArray, IdText } from '../input-codecs';
import { requirePermission } from '../auth/require-permission';
import { callerOf, refusalAnswer } from '../command-answer';
import { decodeOr400 } from '../validation';

const BulkSend = t.intersection([
  t.strict({ kind: TemplateMailKind }),
  t.partial({ ids: boundedArray(IdText, MAX_MAILS_PER_REQUEST), status: OrderStatus }),
]);
const SingleSend = t.intersection([t.strict({ kind: TemplateMailKind }), t.partial({ resend: t.boolean })]);

export interface OrderMailsRouterDependencies {
  readonly db: DatabasePool;
  readonly mails: RequestMailsDependencies;
}

/**
 * Mails asked for from the admin or a script: the 発送メール未送信 tab's bulk send, one order's send or resend, and the
 * order's mails (送信メール履歴) as the outbox holds them. Sending is the queue's: the answer says what was queued.
 */
export function orderMailsRouter(deps: OrderMailsRouterDependencies): Router {
  const router = Router();
  const process = requirePermission('orders.process');

  router.post('/orders/commands/send-mail', process, async (req: Request, res: Response) => {
    const body = decodeOr400(BulkSend, req.body ?? {}, res);
    if (!body) return;
    if ((body.ids === undefined) === (body.status === undefined)) {
      res.status(400).json({
        error: { code: 'invalid_body', ja: 'ids か status のどちらか一方を指定してください', en: 'give ids or status' },
      });
      return;
    }
    const orderIds =
      body.ids ?? (await orderIdsMatching(deps.db, tenantOf(req), { status: body.status! }, MAX_MAILS_PER_REQUEST + 1));
    if (orderIds.length > MAX_MAILS_PER_REQUEST) {
      res.status(422).json({
        error: {
          code: 'mail.too_many',
          ja: `一度に送信できるのは${MAX_MAILS_PER_REQUEST}件までです`,
          en: `at most ${MAX_MAILS_PER_REQUEST} orders at once`,
        },
      });
      return;
    }
    res.json(await requestMails(deps.mails, { ...callerOf(req), kind: body.kind, orderIds }));
  });

  router.post('/orders/:id/commands/send-mail', process, async (req: Request, res: Response) => {
    const body = decodeOr400(SingleSend, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const orderId = req.params.id as string;
    // A resend is a mail of its own; the same Idempotency-Key names the same resend, so a retry does not send twice.
    const trigger = body.resend ? writtenMailTrigger('resend', orderId, caller.idempotencyKey) : 'first';
    const answer = await requestMails(deps.mails, { ...caller, kind: body.kind, orderIds: [orderId], trigger });
    const refused = answer.refused[0];
    if (!refused) return void res.json(answer);
    const error = { code: refused.code, ja: refused.message, en: refused.en };
    const { status } = refusalAnswer({ kind: 'rejected', error });
    res.status(status).json({ ...answerOf(answer), error });
  });

  router.get('/orders/:id/mails', requireSignIn, async (req: Request, res: Response) => {
    const orderId = req.params.id as string;
    const rows = isUuid(orderId)
      ? await deps.db.any(sql.unsafe`
          SELECT mail_id AS "id", kind, trigger, state, to_address AS "to", subject, text_body AS "text",
            html_body AS "html", attempts, last_error AS "lastError", message_id AS "messageId",
            not_before AS "notBefore", send_after AS "sendAfter", requested_at AS "requestedAt", sent_at AS "sentAt"
          FROM mail_outbox
          WHERE tenant_id = ${tenantOf(req)} AND order_id = ${orderId} AND requested_at IS NOT NULL
          ORDER BY requested_at, mail_id`)
      : [];
    const exists =
      rows.length > 0 ||
      (isUuid(orderId) &&
        (await deps.db.exists(sql.unsafe`
          SELECT 1 FROM order_search WHERE tenant_id = ${tenantOf(req)} AND id = ${orderId}`)));
    if (!exists) return void res.status(404).json({ error: ORDER_NOT_FOUND });
    res.json(rows);
  });

  return router;
}

const answerOf = ({ queued, skipped, refused }: MailRequestsAnswer) => ({ queued, skipped, refused });
