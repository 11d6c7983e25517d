import { Router } from 'express';
import * as t from 'io-ts';
import { commandRequest } from '../../../application/commands/command-pipeline';
import { LeaveDocumentsWaiting, TaxRounding } from '../../../domain/documents/document-kind';
import { DOCUMENT_TEXT_LIMITS, DocumentImage, GREETING_KINDS } from '../../../domain/documents/document-settings';
import { registrationNumberWarning } from '../../../domain/documents/registration-number';
import { isUuid, streamName } from '../../../domain/shared/ids';
import { SHOP_NOT_FOUND, type ShopCommand, shopDecider } from '../../../domain/shop/shop';
import { findShopDocumentSettings } from '../../../projections/document-settings/document-settings-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { answerCommand, callerOf } from '../command-answer';
import { boundedText } from '../input-codecs';
import { decodeOr400 } from '../validation';
import type { SettingsRouterDependencies } from './settings-commands';

const L = DOCUMENT_TEXT_LIMITS;
/** Every field may be left out: it keeps what the shop has. Lengths are the request's (400); the rest the decider's. */
const SettingsBody = t.exact(
  t.partial({
    issuer: t.exact(
      t.partial({
        name: boundedText(L.name),
        postalCode: boundedText(L.postalCode),
        address: boundedText(L.address),
        phone: boundedText(L.phone),
        email: boundedText(L.email),
        registrationNumber: t.union([boundedText(L.registrationNumber), t.null]),
      }),
    ),
    greetings: t.exact(t.partial(Object.fromEntries(GREETING_KINDS.map((kind) => [kind, boundedText(L.greeting)])))),
    receiptProviso: boundedText(L.receiptProviso),
    taxRounding: TaxRounding,
    leaveDocumentsWaiting: LeaveDocumentsWaiting,
  }),
);

/** The size of the image is the decider's rule (422 saying 300 KB); this only keeps absurd bodies out. */
const ImageBody = t.type({
  dataUrl: t.union([
    t.refinement(t.string, (s) => s.length <= 1_000_000, 'data URL of at most 1,000,000 characters'),
    t.null,
  ]),
});

/**
 * `/api/shops/:id/document-settings` (帳票設定) and `/api/shops/:id/document-images/:image` (logo, seal). The answer is
 * the shop's settings as the documents print them, with `warnings` (a registration number whose check digit does
 * not hold: saved, but worth a second look).
 */
export function documentSettingsRouter(deps: SettingsRouterDependencies): Router {
  const router = Router();
  const manage = requirePermission('settings.manage');
  const view = (tenantId: string, shopId: string) => async () => {
    const settings = await findShopDocumentSettings(deps.db, tenantId, shopId);
    const warning = settings && registrationNumberWarning(settings.issuer.registrationNumber);
    return { id: shopId, ...settings, warnings: warning ? [warning] : [] };
  };
  const run = async (
    req: Parameters<typeof callerOf>[0],
    res: Parameters<typeof answerCommand>[0],
    command: ShopCommand,
  ) => {
    const caller = callerOf(req);
    const result = await deps.pipeline.run(
      commandRequest(shopDecider, streamName.shop(command.shopId), command),
      caller,
    );
    await answerCommand(res, result, view(caller.tenantId, command.shopId));
  };

  router.get('/shops/:id/document-settings', requireSignIn, async (req, res) => {
    const shopId = req.params.id as string;
    const found = isUuid(shopId) && (await findShopDocumentSettings(deps.db, tenantOf(req), shopId));
    if (found) res.json(await view(tenantOf(req), shopId)());
    else res.status(404).json({ error: SHOP_NOT_FOUND });
  });

  router.put('/shops/:id/document-settings', requireSignIn, manage, async (req, res) => {
    const body = decodeOr400(SettingsBody, req.body ?? {}, res);
    if (!body) return;
    const shopId = req.params.id as string;
    if (!isUuid(shopId)) {
      res.status(404).json({ error: SHOP_NOT_FOUND });
      return;
    }
    // The body's own fields only (the codec is exact): the shop and tenant come from the URL and the session.
    await run(req, res, { ...body, type: 'SetShopDocumentSettings', shopId, tenantId: tenantOf(req) });
  });

  router.put('/shops/:id/document-images/:image', requireSignIn, manage, async (req, res) => {
    const body = decodeOr400(ImageBody, req.body ?? {}, res);
    if (!body) return;
    const shopId = req.params.id as string;
    const image = req.params.image as string;
    if (!isUuid(shopId) || !DocumentImage.is(image)) {
      res.status(404).json({ error: SHOP_NOT_FOUND });
      return;
    }
    await run(req, res, {
      type: 'SetShopDocumentImage',
      shopId,
      tenantId: tenantOf(req),
      image,
      dataUrl: body.dataUrl,
    });
  });

  return router;
}
