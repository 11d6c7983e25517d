import * as t from 'io-ts';
import { type DatabasePool, sql } from 'slonik';

/** The マイページ's look per shop. Small on purpose: a colour and three texts, no markup. */
export interface MyPageDesign {
  /** `#rrggbb`, the header's background; the text on it is white. */
  readonly headerColour: string;
  /** The header's text; empty: the shop's name. */
  readonly heading: string;
  /** A notice shown above the order (holidays, delays); plain text, line breaks kept. */
  readonly notice: string;
  /** How to reach the shop otherwise (a phone number, opening hours); plain text. */
  readonly contactLine: string;
}

const DEFAULT_MY_PAGE_DESIGN: MyPageDesign = {
  headerColour: '#35524a',
  heading: '',
  notice: '',
  contactLine: '',
};

const limited = (max: number) =>
  new t.Type<string, string, unknown>(
    `string (at most ${max} characters)`,
    (u): u is string => typeof u === 'string' && [...u].length <= max,
    (u, c) => (typeof u === 'string' && [...u].length <= max ? t.success(u) : t.failure(u, c)),
    t.identity,
  );

const colour = new t.Type<string, string, unknown>(
  'colour (#rrggbb)',
  (u): u is string => typeof u === 'string' && /^#[0-9a-fA-F]{6}$/.test(u),
  (u, c) => (typeof u === 'string' && /^#[0-9a-fA-F]{6}$/.test(u) ? t.success(u.toLowerCase()) : t.failure(u, c)),
  t.identity,
);

/** What the settings screen sends. */
export const MyPageDesignBody = t.strict({
  headerColour: colour,
  heading: limited(60),
  notice: limited(1000),
  contactLine: limited(200),
});

export async function myPageDesignOf(db: DatabasePool, tenantId: string, shopId: string): Promise<MyPageDesign> {
  const row = await db.maybeOne(sql.unsafe`
    SELECT header_colour AS "headerColour", heading, notice, contact_line AS "contactLine"
    FROM my_page_designs WHERE tenant_id = ${tenantId} AND shop_id = ${shopId}`);
  return row ? (row as unknown as MyPageDesign) : DEFAULT_MY_PAGE_DESIGN;
}

export async function saveMyPageDesign(
  db: DatabasePool,
  tenantId: string,
  shopId: string,
  design: MyPageDesign,
): Promise<void> {
  await db.query(sql.unsafe`
    INSERT INTO my_page_designs (tenant_id, shop_id, header_colour, heading, notice, contact_line)
    VALUES (${tenantId}, ${shopId}, ${design.headerColour}, ${design.heading}, ${design.notice}, ${design.contactLine})
    ON CONFLICT (tenant_id, shop_id) DO UPDATE SET header_colour = EXCLUDED.header_colour, heading = EXCLUDED.heading,
      notice = EXCLUDED.notice, contact_line = EXCLUDED.contact_line, updated_at = now()`);
}
