import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import type { MailKind } from '../../domain/mail/mail-kind';
import type { ExistingOrder } from '../../domain/order/state';
import { type DomainError, domainError } from '../../domain/shared/decider';
import { composeMail } from '../mail/compose-mail';
import type { MailTemplate } from '../mail/default-templates';
import type { MailTransports } from '../mail/ports';
import { type MailPreparation, type PreparedMail, prepareMail } from '../mail/prepare-mail';
import { ORDER_NOT_FOUND } from '../orders/tenant-orders';
import { composeChecked, SAMPLE_MERGE_VALUES, templateProblem } from './mail-templates';

export interface TryTemplateDependencies {
  readonly preparation: MailPreparation;
  readonly transports: MailTransports;
  /** The order as the tenant sees it; undefined for a missing order and another tenant's. */
  loadOrder(tenantId: string, orderId: string): Promise<ExistingOrder | undefined>;
}

/** An edited template, saved or not, tried on one of the shop's orders (or on sample values when none is named). */
export interface TemplateTrial {
  readonly tenantId: string;
  readonly shopId: string;
  readonly kind: MailKind;
  readonly template: MailTemplate;
  readonly orderId?: string;
}

export const TEST_SEND_PREFIX = '【テスト送信】';

const ORDER_OF_ANOTHER_SHOP = domainError(
  'mail_template.order_of_another_shop',
  'この受注は別の店舗の受注です。この店舗の受注番号を選んでください',
  'the order belongs to another shop; choose an order of this shop',
);

/**
 * What the buyer of the order would get from this template: rendered by prepareMail, as the sending worker renders
 * it. Unknown fields and mjml errors are part of the answer for the editor to show.
 */
export async function previewTemplate(
  deps: TryTemplateDependencies,
  trial: TemplateTrial,
): Promise<E.Either<DomainError, PreparedMail>> {
  if (trial.orderId === undefined) {
    const sample = await composeChecked(trial.template, (t) => composeMail(t, SAMPLE_MERGE_VALUES));
    return E.right({ ...sample, to: '' });
  }
  const order = await deps.loadOrder(trial.tenantId, trial.orderId);
  if (!order) return E.left(ORDER_NOT_FOUND);
  if (order.shopId !== trial.shopId) return E.left(ORDER_OF_ANOTHER_SHOP);
  return E.right(await composeChecked(trial.template, (t) => prepareMail(deps.preparation, order, trial.kind, t)));
}

export interface TestSent {
  readonly to: string;
  readonly from: string;
  readonly subject: string;
}

/**
 * The preview sent to `to` (the staff member's own address) through the shop's own way out, its subject marked
 * 【テスト送信】. Nothing is recorded on the order: the buyer never got this mail.
 */
export async function testSendTemplate(
  deps: TryTemplateDependencies,
  trial: TemplateTrial & { readonly to: string },
): Promise<E.Either<DomainError, TestSent>> {
  const preview = await previewTemplate(deps, trial);
  if (E.isLeft(preview)) return preview;
  const problem = templateProblem(preview.right);
  if (problem) return E.left(problem);
  const sender = await deps.transports.forShop(trial.tenantId, trial.shopId);
  const subject = `${TEST_SEND_PREFIX}${preview.right.subject}`;
  await sender.send({
    messageId: `<test-${randomUUID()}@${domainOf(sender.from)}>`,
    to: trial.to,
    subject,
    text: preview.right.text,
    html: preview.right.html,
    attachments: [],
  });
  return E.right({ to: trial.to, from: sender.from, subject });
}

/** The domain of a From address (`"店" <info@example.jp>` or `info@example.jp`), for a Message-ID of the same domain. */
const domainOf = (from: string): string => /@([^\s>]+)/.exec(from)?.[1] ?? 'localhost';
