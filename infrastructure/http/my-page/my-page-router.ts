import { randomUUID } from 'node:crypto';
import { csrfSync } from 'csrf-sync';
import express, { type ErrorRequestHandler, type Request, type Response, Router } from 'express';
import session from 'express-session';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import * as E from 'fp-ts/Either';
import type { DatabasePool } from 'slonik';
import {
  type BuyerDocumentKind,
  BUYER_ACTOR,
  prepareBuyerDocument,
} from '../../../application/my-page/buyer-documents';
import type { BuyerEnquiries } from '../../../application/my-page/buyer-enquiries';
import { enquiryTextProblem } from '../../../application/enquiries/enquiry-text';
import { mailImageOf, mailImagesOf } from '../../../application/my-page/mail-images';
import { type MyPageKeys, verifyMyPageToken } from '../../../application/my-page/my-page-token';
import { orderPage } from '../../../application/my-page/order-page';
import { phoneMatchesOrderer } from '../../../application/my-page/phone-check';
import { loadOrders, type PrintDocumentsDependencies } from '../../../application/documents/print-documents';
import { defaultDocumentSettings } from '../../../domain/documents/document-settings';
import type { ExistingOrder } from '../../../domain/order/state';
import { RECEIPT_ADDRESSEE_MAX, RECEIPT_PROVISO_MAX } from '../../../domain/order/documents';
import { isStorableText } from '../../../domain/shared/storable-text';
import { type SessionStore, serverSecret } from '../auth/sessions';
import { type BackoffPolicy, SignInBackoff } from '../auth/sign-in-backoff';
import { myPageDesignOf } from '../../my-page/my-page-designs';
import { myPageFontFaces, myPageFontFiles } from './my-page-font';
import { MY_PAGE_CSS, messagePage, orderPageHtml, type PageFrame, signInPage } from './my-page-html';

declare module 'express-session' {
  interface SessionData {
    /** The one order this buyer's session may read, after the link and the phone number matched. */
    buyer: { tenantId: string; orderId: string };
  }
}

export interface MyPageDependencies {
  readonly db: DatabasePool;
  readonly sessionStore: SessionStore;
  readonly keys: () => Promise<MyPageKeys>;
  readonly now: () => Date;
  /** Loading the order and its shop's document settings, and the buyer's Web帳票. */
  readonly printing: PrintDocumentsDependencies;
  readonly enquiries: BuyerEnquiries;
  /** Wrong phone numbers per address before the address is refused for 15 minutes. */
  readonly signInFailuresPerAddress?: number;
}

const BUYER_SESSION_MS = 60 * 60 * 1000;
/** Wrong numbers at one order from any address: gentler than per address, but someone holding the link slows down. */
const PER_ORDER_BACKOFF: BackoffPolicy = {
  freeFailures: 10,
  firstDelayMs: 60_000,
  maxDelayMs: 30 * 60_000,
  forgetAfterMs: 60 * 60_000,
};
/** A form post is a phone number, a message or two receipt lines: anything larger is not ours. */
const FORM_LIMIT = '32kb';

const INVALID_LINK = 'このリンクは無効か、有効期限が切れています。ショップからのメールに記載のリンクをご確認ください。';
const WRONG_PHONE = 'お電話番号が一致しません。ご注文時のお電話番号を入力してください。';
const TOO_MANY = '入力の回数が多すぎます。しばらく時間をおいてからお試しください。';
const SIGN_IN_FIRST = 'ページの有効期限が切れました。もう一度お電話番号を入力してください。';

const plainFrame = (title: string): PageFrame => ({
  design: { headerColour: '#35524a', heading: '', notice: '', contactLine: '' },
  shopName: '',
  title,
});

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The マイページ under /my: the buyer's own pages, apart from the admin and its API. A link `/my/<token>` names one
 * order; the phone number typed on it opens a session of the buyer's own (cookie `oms.my`, path /my: the staff
 * session is never sent here, nor this one to /api) bound to that order. Every request checks both: the link still
 * valid and the session bound to the order it names, so one order's session reads nothing of another. Forms carry a
 * synchroniser token (csrf-sync), nothing personal is cached anywhere, and what the buyer does is recorded with the
 * actor `buyer`.
 */
export async function myPageRouter(deps: MyPageDependencies): Promise<Router> {
  const router = Router();
  const { generateToken, csrfSynchronisedProtection } = csrfSync({
    getTokenFromRequest: (req) => text((req.body as Record<string, unknown> | undefined)?._csrf),
  });
  const perAddressAndOrder = new SignInBackoff();
  const perOrder = new SignInBackoff(PER_ORDER_BACKOFF);

  const css = `${myPageFontFaces('/my/assets/fonts')}\n${MY_PAGE_CSS}`;
  router.get('/assets/my-page.css', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').type('text/css').send(css);
  });
  router.use('/assets/fonts', myPageFontFiles());

  router.use((_req, res, next) => {
    // Personal pages: neither the browser nor a proxy keeps a copy (a shared phone's back button, a company proxy).
    res.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
    next();
  });
  router.use(
    session({
      // A store object of the buyers' own (container.ts): express-session writes its cookie options onto its store.
      store: deps.sessionStore,
      secret: await serverSecret(deps.db, 'my-page-session'),
      name: 'oms.my',
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { path: '/my', httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: BUYER_SESSION_MS },
    }),
  );
  router.use(express.urlencoded({ extended: false, limit: FORM_LIMIT, parameterLimit: 20 }));

  interface Opened {
    readonly tenantId: string;
    readonly orderId: string;
    readonly path: string;
  }

  /** The link's claims, or the invalid-link page (one text for a forged, broken or expired link: no detail). */
  const opened = async (req: Request, res: Response): Promise<Opened | undefined> => {
    const token = String(req.params.token);
    const verified = verifyMyPageToken(token, await deps.keys(), deps.now());
    if (E.isLeft(verified)) {
      res
        .status(404)
        .type('html')
        .send(messagePage(plainFrame('リンクが無効です'), INVALID_LINK));
      return undefined;
    }
    return { tenantId: verified.right.tenantId, orderId: verified.right.orderId, path: `/my/${token}` };
  };

  const signedInTo = (req: Request, link: Opened) =>
    req.session.buyer?.tenantId === link.tenantId && req.session.buyer?.orderId === link.orderId;

  const loadOrder = async (link: Opened): Promise<ExistingOrder | undefined> =>
    (await loadOrders(deps.printing, link.tenantId, [link.orderId])).orders.get(link.orderId);

  const shopOf = async (tenantId: string, shopId: string) => {
    const [settings, design] = await Promise.all([
      deps.printing.settings.shopDocumentSettings(tenantId, [shopId]),
      myPageDesignOf(deps.db, tenantId, shopId),
    ]);
    const found = settings.get(shopId);
    return {
      shopName: found?.shopName ?? '',
      design,
      taxRounding: found?.taxRounding ?? defaultDocumentSettings('').taxRounding,
      receiptProviso: found?.receiptProviso ?? defaultDocumentSettings('').receiptProviso,
    };
  };

  const frameFor = async (order: ExistingOrder | undefined, link: Opened, title: string): Promise<PageFrame> =>
    order ? { ...(await shopOf(link.tenantId, order.shopId)), title } : plainFrame(title);

  const renderOrder = async (
    req: Request,
    res: Response,
    link: Opened,
    order: ExistingOrder,
    extra: { status?: number; problem?: string; sent?: boolean } = {},
  ) => {
    const shop = await shopOf(link.tenantId, order.shopId);
    const [images, enquiries] = await Promise.all([
      mailImagesOf(deps.db, link.tenantId, link.orderId),
      deps.enquiries.threads(link.tenantId, link.orderId),
    ]);
    res
      .status(extra.status ?? 200)
      .type('html')
      .send(
        orderPageHtml(
          { design: shop.design, shopName: shop.shopName, title: 'ご注文状況' },
          {
            path: link.path,
            csrf: generateToken(req),
            order: orderPage(order, shop),
            images,
            enquiries,
            ...(extra.problem !== undefined && { problem: extra.problem }),
            ...(extra.sent && { sent: true }),
          },
        ),
      );
  };

  /** For everything past sign-in: the link valid, the session bound to its order, the order there. */
  const buyerOnly = async (
    req: Request,
    res: Response,
  ): Promise<{ link: Opened; order: ExistingOrder } | undefined> => {
    const link = await opened(req, res);
    if (!link) return undefined;
    const order = signedInTo(req, link) ? await loadOrder(link) : undefined;
    if (!order) {
      res
        .status(403)
        .type('html')
        .send(messagePage(plainFrame('ログインしてください'), SIGN_IN_FIRST));
      return undefined;
    }
    return { link, order };
  };

  router.get('/:token', async (req, res) => {
    const link = await opened(req, res);
    if (!link) return;
    const order = await loadOrder(link);
    if (order && signedInTo(req, link)) {
      await renderOrder(req, res, link, order, { sent: req.query.sent === '1' });
      return;
    }
    res.type('html').send(signInPage(await frameFor(order, link, 'ご注文状況の確認'), link.path, generateToken(req)));
  });

  // Wider than one order: many links tried from one address are cut off here.
  const perAddress = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: deps.signInFailuresPerAddress ?? 50,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? ''),
    requestWasSuccessful: (_req, res) => res.statusCode < 400,
    handler: (_req, res) => {
      res
        .status(429)
        .type('html')
        .send(messagePage(plainFrame('しばらくお待ちください'), TOO_MANY));
    },
  });

  router.post('/:token/sign-in', perAddress, csrfSynchronisedProtection, async (req, res) => {
    const link = await opened(req, res);
    if (!link) return;
    const now = Date.now();
    const addressKey = [ipKeyGenerator(req.ip ?? ''), link.tenantId, link.orderId].join('|');
    const orderKey = `${link.tenantId}|${link.orderId}`;
    const waitMs = Math.max(perAddressAndOrder.waitMs(addressKey, now), perOrder.waitMs(orderKey, now));
    const order = await loadOrder(link);
    const frame = await frameFor(order, link, 'ご注文状況の確認');
    if (waitMs > 0) {
      res.set('Retry-After', String(Math.ceil(waitMs / 1000)));
      res.status(429).type('html').send(messagePage(frame, TOO_MANY));
      return;
    }
    const typed = text((req.body as Record<string, unknown>).phone) ?? '';
    if (!order || !phoneMatchesOrderer(typed, order.mallData.orderer.phone)) {
      perAddressAndOrder.failed(addressKey, now);
      perOrder.failed(orderKey, now);
      res
        .status(401)
        .type('html')
        .send(signInPage(frame, link.path, generateToken(req, true), WRONG_PHONE));
      return;
    }
    perAddressAndOrder.succeeded(addressKey);
    // A new session id on sign-in, so that an id planted before it (session fixation) opens nothing.
    req.session.regenerate((error) => {
      if (error) {
        res.status(500).type('html').send(messagePage(frame, 'エラーが発生しました。もう一度お試しください。'));
        return;
      }
      req.session.buyer = { tenantId: link.tenantId, orderId: link.orderId };
      req.session.save(() => res.redirect(303, link.path));
    });
  });

  router.post('/:token/sign-out', csrfSynchronisedProtection, async (req, res) => {
    const link = await opened(req, res);
    if (!link) return;
    req.session.destroy(() => res.redirect(303, link.path));
  });

  router.get('/:token/images/:imageId', async (req, res) => {
    const signedIn = await buyerOnly(req, res);
    if (!signedIn) return;
    const { link } = signedIn;
    const image = await mailImageOf(deps.db, link.tenantId, link.orderId, String(req.params.imageId));
    if (!image) {
      res
        .status(404)
        .type('html')
        .send(messagePage(plainFrame('画像が見つかりません'), '画像が見つかりません。'));
      return;
    }
    res
      .type(image.contentType)
      .set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(image.filename)}`)
      .send(image.bytes);
  });

  router.post('/:token/enquiries', csrfSynchronisedProtection, async (req, res) => {
    const signedIn = await buyerOnly(req, res);
    if (!signedIn) return;
    const { link, order } = signedIn;
    const message = text((req.body as Record<string, unknown>).text) ?? '';
    // The enquiry's own rule (blank, length, what PostgreSQL can keep), answered on the page instead of as a refusal.
    const problem = enquiryTextProblem(message);
    if (problem) {
      await renderOrder(req, res, link, order, { status: 400, problem: problem.ja });
      return;
    }
    try {
      await deps.enquiries.send(link.tenantId, link.orderId, message);
    } catch (error) {
      // The enquiry domain's refusal (EnquiryRefused: error.ja) is the buyer's to read; anything else is ours.
      const refusal = (error as { error?: { ja?: unknown } }).error?.ja;
      if (typeof refusal !== 'string') throw error;
      await renderOrder(req, res, link, order, { status: 409, problem: refusal });
      return;
    }
    // Post/redirect/get: reloading the page does not send the message again.
    res.redirect(303, `${link.path}?sent=1#enquiries`);
  });

  router.post('/:token/documents/:kind', csrfSynchronisedProtection, async (req, res) => {
    const signedIn = await buyerOnly(req, res);
    if (!signedIn) return;
    const { link, order } = signedIn;
    const kind = String(req.params.kind);
    if (kind !== 'receipt' && kind !== 'purchase-statement') {
      res
        .status(404)
        .type('html')
        .send(messagePage(plainFrame('見つかりません'), 'ページが見つかりません。'));
      return;
    }
    const body = req.body as Record<string, unknown>;
    const addressee = text(body.addressee)?.trim();
    const proviso = text(body.proviso)?.trim();
    const details =
      kind === 'receipt' && addressee !== undefined && proviso !== undefined ? { addressee, proviso } : undefined;
    if (
      details &&
      (details.addressee === '' ||
        details.proviso === '' ||
        [...details.addressee].length > RECEIPT_ADDRESSEE_MAX ||
        [...details.proviso].length > RECEIPT_PROVISO_MAX ||
        !isStorableText(details.addressee + details.proviso))
    ) {
      await renderOrder(req, res, link, order, {
        status: 400,
        problem: `宛名と但し書きは${RECEIPT_ADDRESSEE_MAX}文字以内で入力してください。`,
      });
      return;
    }
    const prepared = await prepareBuyerDocument(
      deps.printing,
      { tenantId: link.tenantId, actor: BUYER_ACTOR, correlationId: req.id ? String(req.id) : randomUUID() },
      link.orderId,
      kind as BuyerDocumentKind,
      details,
    );
    if (E.isLeft(prepared)) {
      const refusal = prepared.left;
      const problem =
        refusal.kind === 'details-required'
          ? '領収書の宛名と但し書きを入力してください。'
          : refusal.kind === 'details-fixed'
            ? '領収書は発行済みのため、宛名と但し書きは変更できません。'
            : refusal.error.ja;
      await renderOrder(req, res, link, (await loadOrder(link)) ?? order, { status: 409, problem });
      return;
    }
    const name = kind === 'receipt' ? '領収書' : '購入明細書';
    res
      .type('application/pdf')
      .set(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(`${name}_${order.orderNumber}.pdf`)}`,
      );
    await prepared.right.render(res);
    res.end();
  });

  const onError: ErrorRequestHandler = (error, req, res, next) => {
    const status = Number(error?.status ?? error?.statusCode);
    if (status === 403 && error?.code === 'EBADCSRFTOKEN') {
      res
        .status(403)
        .type('html')
        .send(
          messagePage(
            plainFrame('もう一度お試しください'),
            '画面の有効期限が切れました。ページを開き直してからお試しください。',
          ),
        );
      return;
    }
    if (status === 413) {
      res
        .status(413)
        .type('html')
        .send(messagePage(plainFrame('入力が長すぎます'), '入力が長すぎます。'));
      return;
    }
    next(error);
  };
  router.use(onError);
  return router;
}
