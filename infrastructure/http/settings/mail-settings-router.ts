import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { commandRequest } from '../../../application/commands/command-pipeline';
import type { ShopMailSettings } from '../../../application/mail/ports';
import { completeSmtpServer, isHostName, parseFromAddress } from '../../../domain/mail/from-address';
import { SmtpMode, SmtpSecurity } from '../../../domain/mail/mail-behaviour';
import { SendWindow } from '../../../domain/mail/send-window';
import { isUuid, streamName } from '../../../domain/shared/ids';
import { SHOP_NOT_FOUND, shopDecider } from '../../../domain/shop/shop';
import { SIGNATURE_MAX } from '../../../domain/shop/mail-settings-decision';
import { findShopView, listShops } from '../../../projections/accounts/shop-queries';
import { shopMailSettings } from '../../../projections/mail-settings/mail-settings-queries';
import { changeShopSmtp } from '../../mail/mail-settings-service';
import type { ShopTransports } from '../../mail/shop-transports';
import { dnsRecords, type SmtpSettingsInput, smtpSummary } from '../../mail/smtp-settings-store';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { answerCommand, callerOf, sendRefusal } from '../command-answer';
import { boundedInt, boundedText } from '../input-codecs';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import type { SettingsRouterDependencies } from './settings-commands';

const Host = t.refinement(t.string, (s) => isHostName(s.trim()), 'host name');
const From = t.refinement(t.string, (s) => s.length <= 300 && parseFromAddress(s) !== undefined, 'From address');
/** A password the form left empty is one not sent: the stored one stays. null removes it. */
const Password = t.union([boundedText(500), t.null]);

const SmtpBody = t.exact(
  t.intersection([
    t.type({ from: From }),
    t.partial({
      mode: SmtpMode,
      host: Host,
      port: boundedInt(1, 65535),
      security: SmtpSecurity,
      user: t.union([boundedText(200), t.null]),
      password: Password,
    }),
  ]),
);

/** Every field may be left out: it keeps what the shop has. The ranges are the decider's (422). */
const SettingsBody = t.exact(
  t.partial({
    automatic: t.exact(
      t.partial({ thanks: t.boolean, payment_confirmed: t.boolean, shipped: t.boolean, follow_up: t.boolean }),
    ),
    followUpDays: boundedInt(),
    mobileSendWindow: SendWindow,
    myPageLinkDays: boundedInt(),
    signature: boundedText(SIGNATURE_MAX * 2),
    smtp: t.union([SmtpBody, t.null]),
  }),
);

const fieldsMissing = (res: Response, paths: string[]) =>
  res.status(400).json({
    error: {
      code: 'invalid_input',
      ja: '入力内容に誤りがあります',
      en: 'invalid input',
      fields: paths.map((path) => ({ path, ja: `${path} を入力してください`, en: `${path} is required` })),
    },
  });

/** The SMTP settings as stored: 楽天's relay fills in its host and port unless given. */
function smtpInput(body: t.TypeOf<typeof SmtpBody>, res: Response): SmtpSettingsInput | undefined {
  const mode = body.mode ?? 'smtp';
  const server = completeSmtpServer({
    relay: mode === 'rakuten-relay',
    host: body.host?.trim(),
    port: body.port,
    security: body.security,
  });
  if ('missing' in server) {
    fieldsMissing(
      res,
      server.missing.map((part) => `smtp.${part}`),
    );
    return undefined;
  }
  return {
    mode,
    ...server,
    user: body.user ?? null,
    password: body.password === '' ? undefined : body.password,
    from: body.from,
  };
}

/**
 * `/api/mail-settings/:shopId` (メール設定): the shop's mail behaviour and its SMTP server (the password write-only:
 * `passwordSet`), `/dns-records` (DKIM and SPF to publish) and `/smtp-check` (接続テスト).
 */
export function mailSettingsRouter(deps: SettingsRouterDependencies & { transports: ShopTransports }): Router {
  const router = Router();
  router.use('/mail-settings', requireSignIn);
  const manage = requirePermission('settings.manage');

  const view = async (tenantId: string, shop: { id: string; code: string; name: string; mall: string }) => ({
    id: shop.id,
    shopCode: shop.code,
    shopName: shop.name,
    mall: shop.mall,
    ...(await shopMailSettings(deps.db, tenantId, shop.id)),
    smtp: await smtpSummary(deps.db, tenantId, shop.id),
  });
  /** The tenant's shop named in the URL, or a 404 already sent. */
  const shopOf = async (req: Request, res: Response) => {
    const shopId = req.params.shopId as string;
    const shop = isUuid(shopId) ? await findShopView(deps.db, tenantOf(req), shopId) : null;
    if (!shop) res.status(404).json({ error: SHOP_NOT_FOUND });
    return shop ?? undefined;
  };

  router.get('/mail-settings', async (req, res) => {
    const tenantId = tenantOf(req);
    const shops = await listShops(deps.db, tenantId);
    const rows = await Promise.all(shops.map((shop) => view(tenantId, shop)));
    sendList(res, 'mail-settings', rows, 0, rows.length);
  });

  router.get('/mail-settings/:shopId', async (req, res) => {
    const shop = await shopOf(req, res);
    if (shop) res.json(await view(tenantOf(req), shop));
  });

  router.put('/mail-settings/:shopId', manage, async (req, res) => {
    const body = decodeOr400(SettingsBody, req.body ?? {}, res);
    if (!body) return;
    const shop = await shopOf(req, res);
    if (!shop) return;
    const smtp = body.smtp ? smtpInput(body.smtp, res) : body.smtp;
    if (smtp === undefined && body.smtp !== undefined) return;
    const caller = callerOf(req);
    const current: ShopMailSettings = await shopMailSettings(deps.db, caller.tenantId, shop.id);
    const settings = {
      automatic: { ...current.automatic, ...body.automatic },
      followUpDays: body.followUpDays ?? current.followUpDays,
      mobileSendWindow: body.mobileSendWindow ?? current.mobileSendWindow,
      myPageLinkDays: body.myPageLinkDays ?? current.myPageLinkDays,
      signature: body.signature ?? current.signature,
    };
    const result = await deps.pipeline.run(
      commandRequest(shopDecider, streamName.shop(shop.id), {
        type: 'SetShopMailSettings',
        shopId: shop.id,
        tenantId: caller.tenantId,
        settings,
      }),
      caller,
    );
    if (E.isLeft(result)) return sendRefusal(res, result.left);
    if (smtp !== undefined) {
      const changed = await changeShopSmtp(deps, caller, shop.id, smtp);
      if (E.isLeft(changed)) return sendRefusal(res, changed.left);
    }
    await answerCommand(res, result, () => view(caller.tenantId, shop));
  });

  router.get('/mail-settings/:shopId/dns-records', async (req, res) => {
    const shop = await shopOf(req, res);
    if (shop) res.json({ id: shop.id, records: await dnsRecords(deps.db, tenantOf(req), shop.id) });
  });

  router.post('/mail-settings/:shopId/smtp-check', manage, async (req, res) => {
    const shop = await shopOf(req, res);
    if (!shop) return;
    const checked = await deps.transports.check(tenantOf(req), shop.id);
    if (checked) res.json(checked);
    else
      res.status(422).json({
        error: {
          code: 'mail.no_smtp',
          ja: 'SMTPサーバーが設定されていません',
          en: 'no SMTP server is configured for this shop',
        },
      });
  });

  return router;
}
