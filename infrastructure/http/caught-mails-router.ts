import { Router } from 'express';
import * as t from 'io-ts';
import { type DatabasePool, sql } from 'slonik';
import { z } from 'zod';
import { isUuid } from '../../domain/shared/ids';
import { requireSignIn } from './auth/authenticate';
import { tenantOf } from './auth/tenant-scope';
import { NOT_FOUND } from './errors';
import { IdText } from './input-codecs';
import { listParamsOr400 } from './list-params';
import { sendList } from './ra-simple-rest';

const Summary = z.object({
  id: z.string(),
  shopId: z.string(),
  shopName: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  caughtAt: z.number(),
});
const Full = Summary.extend({
  messageId: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number() })),
});
const iso = <R extends { caughtAt: number }>(row: R) => ({ ...row, caughtAt: new Date(row.caughtAt).toISOString() });

const SORTS = ['caughtAt', 'to', 'subject'] as const;
const COLUMN: Record<(typeof SORTS)[number] | 'id', string> = {
  caughtAt: 'caught_at',
  to: 'to_address',
  subject: 'subject',
  id: 'id',
};
const Filter = t.partial({ shopId: IdText });

const SUMMARY = sql.fragment`m.id::text AS id, m.shop_id AS "shopId", s.name AS "shopName", m.from_address AS "from",
  m.to_address AS "to", m.subject, m.caught_at AS "caughtAt"`;
const FROM = sql.fragment`caught_mails m LEFT JOIN shops s ON s.tenant_id = m.tenant_id AND s.id = m.shop_id`;

/** `/api/caught-mails` (送信メール（開発用）): what shops with no SMTP server would have sent, newest first. */
export function caughtMailsRouter(db: DatabasePool): Router {
  const router = Router();
  router.use('/caught-mails', requireSignIn);

  router.get('/caught-mails', async (req, res) => {
    const params = listParamsOr400(req, res, SORTS, { field: 'caughtAt', order: 'DESC' }, Filter);
    if (!params) return;
    const where = [sql.fragment`m.tenant_id = ${tenantOf(req)}`];
    if (params.filter.shopId !== undefined)
      where.push(
        isUuid(params.filter.shopId) ? sql.fragment`m.shop_id = ${params.filter.shopId}` : sql.fragment`false`,
      );
    const condition = sql.join(where, sql.fragment` AND `);
    const direction = params.sort.order === 'ASC' ? sql.fragment`ASC` : sql.fragment`DESC`;
    const [rows, total] = await Promise.all([
      db.any(sql.type(Summary)`
        SELECT ${SUMMARY} FROM ${FROM} WHERE ${condition}
        ORDER BY ${sql.identifier(['m', COLUMN[params.sort.field]])} ${direction}, m.id ${direction}
        LIMIT ${params.limit} OFFSET ${params.offset}`),
      db.oneFirst(
        sql.type(z.object({ n: z.number() }))`SELECT count(*)::int AS n FROM caught_mails m WHERE ${condition}`,
      ),
    ]);
    sendList(res, 'caught-mails', rows.map(iso), params.offset, total);
  });

  router.get('/caught-mails/:id', async (req, res) => {
    const id = req.params.id;
    const row = /^\d{1,18}$/.test(id)
      ? await db.maybeOne(sql.type(Full)`
          SELECT ${SUMMARY}, m.message_id AS "messageId", m.text_body AS text, m.html_body AS html, m.attachments
          FROM ${FROM} WHERE m.tenant_id = ${tenantOf(req)} AND m.id = ${id}`)
      : null;
    if (row) res.json(iso(row));
    else res.status(404).json({ error: NOT_FOUND });
  });

  return router;
}
