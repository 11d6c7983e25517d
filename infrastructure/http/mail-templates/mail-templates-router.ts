import { Router, type Response } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import type { CommandPipeline } from '../../../application/commands/command-pipeline';
import { MERGE_FIELDS } from '../../../application/mail/merge-fields';
import {
  checkTemplate,
  mailTemplatesRequest,
  templateProblem,
} from '../../../application/mail-templates/mail-templates';
import {
  previewTemplate,
  testSendTemplate,
  type TryTemplateDependencies,
} from '../../../application/mail-templates/try-template';
import { MailKind } from '../../../domain/mail/mail-kind';
import { MAIL_MJML_MAX, MAIL_SUBJECT_MAX, MAIL_TEXT_MAX } from '../../../domain/mail-template/mail-templates';
import {
  findMailTemplate,
  listMailTemplates,
  mailTemplateId,
  parseMailTemplateId,
} from '../../../projections/mail-templates/mail-template-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { answerCommand, callerOf, sendRefusal } from '../command-answer';
import { NOT_FOUND } from '../errors';
import { boundedText, IdText } from '../input-codecs';
import { listParamsOr400 } from '../list-params';
import { sendList } from '../ra-simple-rest';
import { IdsFilter, idsOf, page } from '../settings/settings-commands';
import { decodeOr400 } from '../validation';

export interface MailTemplatesRouterDependencies {
  readonly db: DatabasePool;
  readonly pipeline: CommandPipeline;
  readonly trying: TryTemplateDependencies;
}

/** Emptiness and one-line subjects are the decider's rules (422 with the reason); shape and length the request's (400). */
const TemplateBody = t.exact(
  t.type({
    subject: boundedText(MAIL_SUBJECT_MAX),
    text: boundedText(MAIL_TEXT_MAX),
    mjml: t.union([boundedText(MAIL_MJML_MAX), t.null]),
  }),
);
const TrialBody = t.intersection([
  TemplateBody,
  t.type({ shopId: IdText, kind: MailKind }),
  t.partial({ orderId: IdText }),
]);
/** One address, as a mail client takes it; the staff member's own. */
const MailAddress = t.refinement(
  boundedText(254),
  (text) => /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(text),
  'mail address',
);
const TestSendBody = t.intersection([TrialBody, t.type({ to: MailAddress })]);
const Filter = t.partial({ shopId: IdText, kind: MailKind, id: IdsFilter });
const SORTS = ['shop'] as const;

const notFound = (res: Response) => res.status(404).json({ error: NOT_FOUND });

/**
 * `/api/mail-templates` (メールテンプレート): each shop's template of each kind, its own or the default; saving and
 * 初期値に戻す need settings.manage, as do test sends. The preview renders an unsaved edit with a real order.
 * `/api/mail-merge-fields`: the merge fields the editor inserts.
 */
export function mailTemplatesRouter(deps: MailTemplatesRouterDependencies): Router {
  const router = Router();
  router.use(['/mail-templates', '/mail-merge-fields'], requireSignIn);
  const manage = requirePermission('settings.manage');

  router.get('/mail-merge-fields', (_req, res) => {
    const fields = MERGE_FIELDS.map(({ name, description }) => ({ id: name, name, description }));
    sendList(res, 'mail-merge-fields', fields, 0, fields.length);
  });

  router.get('/mail-templates', async (req, res) => {
    const params = listParamsOr400(req, res, SORTS, { field: 'shop', order: 'ASC' }, Filter);
    if (!params) return;
    const { id: _ids, ...filter } = params.filter;
    const rows = await listMailTemplates(deps.db, tenantOf(req), { ...filter, ids: idsOf(params.filter) });
    // By shop, then the kinds in their own order; `id` sorts the same way.
    const ordered = params.sort.order === 'DESC' ? [...rows].reverse() : rows;
    sendList(res, 'mail-templates', page(ordered, params.offset, params.limit), params.offset, ordered.length);
  });

  router.get('/mail-templates/:id', async (req, res) => {
    const view = await findMailTemplate(deps.db, tenantOf(req), req.params.id);
    if (view) res.json(view);
    else notFound(res);
  });

  router.put('/mail-templates/:id', manage, async (req, res) => {
    const body = decodeOr400(TemplateBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    const named = parseMailTemplateId(req.params.id as string);
    if (!named || !(await findMailTemplate(deps.db, caller.tenantId, req.params.id as string))) return notFound(res);
    // Checked with sample values before anything is recorded: a template that cannot render is never saved.
    const problem = templateProblem(await checkTemplate(body));
    if (problem) return sendRefusal(res, { kind: 'rejected', error: problem });
    const result = await deps.pipeline.run(
      mailTemplatesRequest({ type: 'SaveMailTemplate', ...body, tenantId: caller.tenantId, ...named }),
      caller,
    );
    await answerCommand(res, result, () => findMailTemplate(deps.db, caller.tenantId, req.params.id as string));
  });

  router.post('/mail-templates/:id/reset', manage, async (req, res) => {
    const caller = callerOf(req);
    const named = parseMailTemplateId(req.params.id as string);
    if (!named || !(await findMailTemplate(deps.db, caller.tenantId, req.params.id as string))) return notFound(res);
    const result = await deps.pipeline.run(
      mailTemplatesRequest({ type: 'ResetMailTemplate', tenantId: caller.tenantId, ...named }),
      caller,
    );
    await answerCommand(res, result, () => findMailTemplate(deps.db, caller.tenantId, req.params.id as string));
  });

  /** The shop must be the tenant's; an order, when named, the tenant's and that shop's. */
  const trialOf = async (tenantId: string, body: t.TypeOf<typeof TrialBody>) => {
    const { shopId, kind, orderId, subject, text, mjml } = body;
    const shop = await findMailTemplate(deps.db, tenantId, mailTemplateId(shopId, kind));
    return shop && { tenantId, shopId, kind, template: { subject, text, mjml }, ...(orderId && { orderId }) };
  };

  router.post('/mail-templates/preview', async (req, res) => {
    const body = decodeOr400(TrialBody, req.body ?? {}, res);
    if (!body) return;
    const trial = await trialOf(tenantOf(req), body);
    if (!trial) return notFound(res);
    const preview = await previewTemplate(deps.trying, trial);
    if (E.isLeft(preview)) return sendRefusal(res, { kind: 'rejected', error: preview.left });
    const { subject, text, html, to, unknownFields, mjmlErrors } = preview.right;
    res.json({ subject, text, html, to, unknownFields, mjmlErrors });
  });

  router.post('/mail-templates/test-send', manage, async (req, res) => {
    const body = decodeOr400(TestSendBody, req.body ?? {}, res);
    if (!body) return;
    const trial = await trialOf(tenantOf(req), body);
    if (!trial) return notFound(res);
    try {
      const sent = await testSendTemplate(deps.trying, { ...trial, to: body.to });
      if (E.isLeft(sent)) return sendRefusal(res, { kind: 'rejected', error: sent.left });
      res.json(sent.right);
    } catch (error) {
      // The shop's mail server refused or could not be reached: its answer is what staff need to fix the settings.
      req.log.warn({ err: error }, 'test mail not sent');
      res.status(502).json({
        error: {
          code: 'mail_template.send_failed',
          ja: `テスト送信できませんでした：${error instanceof Error ? error.message : String(error)}`,
          en: `the test mail was not sent: ${error instanceof Error ? error.message : String(error)}`,
        },
      });
    }
  });

  return router;
}
