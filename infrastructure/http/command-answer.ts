import type { Request, Response } from 'express';
import * as E from 'fp-ts/Either';
import type { Answered, Caller } from '../../application/commands/command-pipeline';
import { CONFLICT, type Refusal } from '../../application/commands/refusals';

/**
 * The signed-in user as the caller of a command; the `Idempotency-Key` header names the request. The key is the
 * client's within its tenant and staff user, so the command ids made from it are too: two users who happen to send the
 * same key never see each other's command as a repeat.
 */
export const callerOf = (req: Request): Caller => {
  const key = req.headers['idempotency-key'];
  const tenantId = req.principal!.tenantId;
  const actor = req.principal!.staffUserId;
  return {
    tenantId,
    actor,
    correlationId: String(req.id),
    ...(typeof key === 'string' && key !== '' && { idempotencyKey: `${tenantId}/${actor}/${key}` }),
  };
};

/**
 * The one table from a refusal to an HTTP status, by the reason part of its code (`<record>.<reason>`): a new
 * aggregate's `x.not_found` is a 404 without touching this file. A reason not listed is 422 with the reason.
 */
const STATUS_BY_REASON: Readonly<Record<string, number>> = {
  // The record in the URL does not exist, or is another tenant's (which must look the same).
  not_found: 404,
  not_granted: 404,
  // It exists and the user sees it, but it is someone else's to change.
  not_allowed: 403,
  not_owner: 403,
  // The request clashes with what exists already rather than breaking a rule.
  already_registered: 409,
  already_defined: 409,
  name_taken: 409,
  // 同梱: the order is in another bundle already, or in none to split.
  already_bundled: 409,
  not_bundled: 409,
  // The order breaks a rule the request needs (no number to report, cancelled, another mall's file): the person fixes
  // the order first. 422 is the default; named so a bulk answer's status is a decision.
  tracking_number_missing: 422,
  shipping_mail_not_sent: 422,
  no_address: 422,
  cancelled: 422,
  other_mall: 422,
  // 受注編集: a change from the mall is confirmed first; the order has no such 送付先.
  change_pending: 422,
  no_such_destination: 422,
};

const reasonOf = (code: string) => code.slice(code.lastIndexOf('.') + 1);

/** A refusal as HTTP status and body; also one result of a bulk action. */
export function refusalAnswer(refusal: Refusal): { status: number; body: Record<string, unknown> } {
  switch (refusal.kind) {
    case 'conflict':
      // A stale edit: the client reloads at `currentRevision` (null: the record has no events any more).
      return {
        status: 409,
        body: {
          error: CONFLICT,
          currentRevision: refusal.currentRevision === undefined ? null : Number(refusal.currentRevision),
        },
      };
    case 'unresolved':
      // The body names something the tenant does not have: the record exists, this request cannot be carried out.
      return {
        status: 422,
        body: {
          error: { ...refusal.error, fields: [{ path: refusal.path, ja: refusal.error.ja, en: refusal.error.en }] },
        },
      };
    case 'rejected':
      return { status: STATUS_BY_REASON[reasonOf(refusal.error.code)] ?? 422, body: { error: refusal.error } };
  }
}

export function sendRefusal(res: Response, refusal: Refusal): void {
  const { status, body } = refusalAnswer(refusal);
  res.status(status).json(body);
}

/**
 * Says in the answer whether the read models showed the change before it was sent: `X-Read-Models: current` or
 * `behind` (the change is stored; a list read now may not show it yet).
 */
export const READ_MODELS_HEADER = 'X-Read-Models';

export function markReadModels(res: Response, answered: Pick<Answered<unknown>, 'readModels'>): void {
  res.setHeader(READ_MODELS_HEADER, answered.readModels);
}

/**
 * A command's answer: the refusal by the status table, or `view` of the result (what the record looks like now) with
 * `status`, marked with whether the read models are current.
 */
export async function answerCommand<A extends Pick<Answered<unknown>, 'readModels'>>(
  res: Response,
  result: E.Either<Refusal, A>,
  view: (answered: A) => unknown | Promise<unknown>,
  status = 200,
): Promise<void> {
  if (E.isLeft(result)) return sendRefusal(res, result.left);
  markReadModels(res, result.right);
  res.status(status).json(await view(result.right));
}
