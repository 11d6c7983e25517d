import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import multer from 'multer';
import type { DatabasePool } from 'slonik';
import type { EventRegistry } from '../../../application/events/event-registry';
import {
  requestMails,
  type RequestMailsDependencies,
  writtenMailTrigger,
} from '../../../application/mail/request-mails';
import { requestMail } from '../../../domain/order/mail';
import { type MailPreparation, prepareMail } from '../../../application/mail/prepare-mail';
import { loadOrder } from '../../../application/orders/load-order';
import type { EventStore } from '../../../application/ports/event-store';
import { isUuid, mailIdFor } from '../../../domain/shared/ids';
import {
  MAX_MAIL_IMAGE_BYTES,
  type MailImageRefusal,
  type MailImageUpload,
} from '../../../application/my-page/mail-images';
import { keepMailAttachments } from '../../mail/mail-attachments';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { callerOf } from '../command-answer';
import { requiredText } from '../required-text';
import { sendUnstorable, unstorableTextIn } from '../storable-text';
import { decodeOr400 } from '../validation';

/** saveMailImage bound to the database: the image is kept for the order, so the buyer sees it on the マイページ. */
export type SaveMailImage = (
  upload: MailImageUpload,
) => Promise<E.Either<MailImageRefusal, { readonly imageId: string }>>;

export interface IndividualMailsDependencies {
  readonly db: DatabasePool;
  readonly store: EventStore;
  readonly registry: EventRegistry;
  readonly requests: RequestMailsDependencies;
  /** Renders the merge fields ({{注文者名}}…) the staff wrote, for this order, as a template's would be. */
  readonly preparation: MailPreparation;
  /** saveMailImage on the product's database: the buyer sees the image on the マイページ. */
  readonly saveImage: SaveMailImage;
}

const IndividualMailBody = t.type({ subject: requiredText(200), body: requiredText(20_000) });

const IMAGE_PROBLEMS: Readonly<Record<string, { ja: string; en: string }>> = {
  too_large: { ja: '画像は 2MB 以内にしてください', en: 'the image must be at most 2 MB' },
  not_an_image: { ja: '画像は PNG・JPEG・GIF のいずれかにしてください', en: 'the image must be PNG, JPEG or GIF' },
  type_mismatch: { ja: '画像の種類がファイルの中身と一致しません', en: 'the image type does not match its content' },
};

const badField = (res: Response, path: string, problem: { ja: string; en: string }) =>
  res.status(400).json({
    error: { code: 'invalid_input', ja: problem.ja, en: problem.en, fields: [{ path, ...problem }] },
  });

// In memory: 2 MB at most, read once and stored in the database.
const imageUpload = multer({
  storage: multer.memoryStorage(),
  limits: { files: 1, fileSize: MAX_MAIL_IMAGE_BYTES, fields: 5 },
  defParamCharset: 'utf8',
}).single('image');

/** Reads a multipart body (subject, body, image); a JSON body passes through. Answers 400 itself when it cannot. */
async function readMultipart(req: Request, res: Response): Promise<boolean> {
  if (!req.is('multipart/form-data')) return true;
  const failure = await new Promise<unknown>((resolve) => imageUpload(req, res, resolve));
  if (!failure) return true;
  const tooLarge = failure instanceof multer.MulterError && failure.code === 'LIMIT_FILE_SIZE';
  badField(
    res,
    'image',
    tooLarge ? IMAGE_PROBLEMS.too_large! : { ja: '画像を受け付けられませんでした', en: 'the upload was refused' },
  );
  return false;
}

/**
 * `POST /api/orders/:id/individual-mails`: 個別メール, written by staff for one order, optionally with one image
 * (multipart `image`), sent by the mail queue as written (trigger `individual:<uuid>`, content kept before the ask).
 * Answers 202 with the mail's id, 404 for an order the tenant does not have, 422 when the order cannot be mailed.
 */
export function individualMailsRouter(deps: IndividualMailsDependencies): Router {
  const router = Router();
  router.post('/orders/:id/individual-mails', requirePermission('orders.process'), async (req, res) => {
    if (!(await readMultipart(req, res))) return;
    // The JSON parser's check (refuseUnstorableText) has not seen a multipart body's fields.
    const unstorable = unstorableTextIn(req.body ?? {});
    if (unstorable !== undefined) return sendUnstorable(res, unstorable, 'invalid_input');
    const body = decodeOr400(IndividualMailBody, req.body ?? {}, res);
    if (!body) return;
    const tenantId = tenantOf(req);
    const orderId = String(req.params.id);
    const order = isUuid(orderId) ? (await loadOrder(deps.store, deps.registry, orderId)).state : undefined;
    if (!order?.exists || order.tenantId !== tenantId) {
      res.status(404).json({ error: { code: 'order.not_found', ja: '受注が見つかりません', en: 'no such order' } });
      return;
    }
    // A browser's form sends a textarea's line breaks as CRLF; the mail's text keeps LF, as the templates do.
    const written = { subject: body.subject, text: body.body.replace(/\r\n?/g, '\n'), mjml: null };
    const rendered = await prepareMail(deps.preparation, order, 'individual', written);
    if (rendered.unknownFields.length > 0)
      return void badField(res, 'body', {
        ja: `不明な差込項目があります: ${rendered.unknownFields.join('、')}`,
        en: `unknown merge fields: ${rendered.unknownFields.join(', ')}`,
      });
    const caller = callerOf(req);
    const trigger = writtenMailTrigger('individual', orderId, caller.idempotencyKey);
    const mailId = mailIdFor(orderId, 'individual', trigger);
    // Refused before the image is kept: an image kept for a mail that never goes would still show on the buyer's page.
    const refusal = requestMail(order, { type: 'RequestMail', mailId, kind: 'individual', trigger, notBefore: null });
    if (E.isLeft(refusal))
      return void res
        .status(422)
        .json({ error: { code: refusal.left.code, ja: refusal.left.ja, en: refusal.left.en } });
    const file = req.file;
    if (file) {
      const saved = await deps.saveImage({
        tenantId,
        orderId,
        filename: file.originalname,
        contentType: file.mimetype,
        bytes: file.buffer,
      });
      if (E.isLeft(saved))
        return void badField(res, 'image', IMAGE_PROBLEMS[saved.left.reason] ?? IMAGE_PROBLEMS.not_an_image!);
      await keepMailAttachments(deps.db, tenantId, mailId, [saved.right.imageId]);
    }
    const answer = await requestMails(deps.requests, {
      ...caller,
      kind: 'individual',
      orderIds: [orderId],
      trigger,
      content: { subject: rendered.subject, text: rendered.text, html: null },
    });
    const refused = answer.refused[0];
    if (refused) {
      res.status(422).json({ error: { code: refused.code, ja: refused.message, en: refused.en } });
      return;
    }
    res.status(202).json({ mailId, queued: answer.queued });
  });
  return router;
}
