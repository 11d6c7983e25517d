import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { DEFAULT_TEMPLATES, type MailTemplate } from '../../application/mail/default-templates';
import { MailKind } from '../../domain/mail/mail-kind';
import { isUuid } from '../../domain/shared/ids';

/** One shop's template of one kind as the editor shows it: the shop's own, or the product's default. */
export interface MailTemplateView extends MailTemplate {
  /** `${shopId}:${kind}`. */
  readonly id: string;
  readonly shopId: string;
  readonly shopCode: string;
  readonly shopName: string;
  readonly kind: MailKind;
  /** The shop wrote this kind itself; false: the default applies. */
  readonly customised: boolean;
  readonly updatedAt: string | null;
}

export const MAIL_KINDS = Object.keys(MailKind.keys) as MailKind[];

export const mailTemplateId = (shopId: string, kind: MailKind) => `${shopId}:${kind}`;

/** The shop and kind an id names, or undefined when it cannot name one. */
export function parseMailTemplateId(id: string): { shopId: string; kind: MailKind } | undefined {
  const [shopId = '', kind = '', ...rest] = id.split(':');
  return rest.length === 0 && isUuid(shopId) && MailKind.is(kind) ? { shopId, kind } : undefined;
}

const Stored = z.object({
  shopId: z.string(),
  kind: z.string(),
  subject: z.string(),
  text: z.string(),
  mjml: z.string().nullable(),
  updatedAt: z.number(),
});
const Shop = z.object({ id: z.string(), code: z.string(), name: z.string() });

/** The template a shop wrote for a kind; null when it keeps the default. */
export async function storedMailTemplate(
  db: DatabasePool,
  tenantId: string,
  shopId: string,
  kind: MailKind,
): Promise<MailTemplate | null> {
  if (!isUuid(shopId)) return null;
  return db.maybeOne(sql.type(Stored.pick({ subject: true, text: true, mjml: true }))`
    SELECT subject, text_body AS text, mjml FROM mail_templates
    WHERE tenant_id = ${tenantId} AND shop_id = ${shopId} AND kind = ${kind}`);
}

export interface MailTemplateFilter {
  readonly shopId?: string;
  readonly kind?: MailKind;
  readonly ids?: readonly string[];
}

/** Every shop of the tenant × every kind, by shop code and then the kinds' own order. */
export async function listMailTemplates(
  db: DatabasePool,
  tenantId: string,
  filter: MailTemplateFilter = {},
): Promise<MailTemplateView[]> {
  const [shops, stored] = await Promise.all([
    db.any(sql.type(Shop)`SELECT id, code, name FROM shops WHERE tenant_id = ${tenantId} ORDER BY code, id`),
    db.any(sql.type(Stored)`
      SELECT shop_id AS "shopId", kind, subject, text_body AS text, mjml, updated_at AS "updatedAt"
      FROM mail_templates WHERE tenant_id = ${tenantId}`),
  ]);
  const own = new Map(stored.map((row) => [mailTemplateId(row.shopId, row.kind as MailKind), row]));
  return shops
    .filter((shop) => !filter.shopId || shop.id === filter.shopId)
    .flatMap((shop) =>
      MAIL_KINDS.map((kind): MailTemplateView => {
        const id = mailTemplateId(shop.id, kind);
        const row = own.get(id);
        const template = row ?? DEFAULT_TEMPLATES[kind];
        return {
          id,
          shopId: shop.id,
          shopCode: shop.code,
          shopName: shop.name,
          kind,
          subject: template.subject,
          text: template.text,
          mjml: template.mjml,
          customised: row !== undefined,
          updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
        };
      }),
    )
    .filter((view) => !filter.kind || view.kind === filter.kind)
    .filter((view) => !filter.ids || filter.ids.includes(view.id));
}

export async function findMailTemplate(
  db: DatabasePool,
  tenantId: string,
  id: string,
): Promise<MailTemplateView | undefined> {
  const named = parseMailTemplateId(id);
  if (!named) return undefined;
  return (await listMailTemplates(db, tenantId, { shopId: named.shopId, kind: named.kind }))[0];
}
