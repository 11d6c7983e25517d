/**
 * The four searches the issue names, each as a list of distinct, realistic parameter sets for the large tenant, drawn
 * with a fixed seed so that two runs measure the same requests.
 */
import type pg from 'pg';
import { tenantIdFor } from '../../domain/shared/ids';
import { type OrderStatus, STATUS_LABELS } from '../../domain/order/status';
import type { ListOrdersParams, OrderFilters } from '../../projections/order-search/order-search-queries';
import { BENCH_TENANTS, GIVEN_NAMES, SURNAMES } from './search-fill';

export const PAGE_SIZE = 50; // the admin's order list
export const LARGE = BENCH_TENANTS[0];

export interface SearchRequest {
  readonly filter: OrderFilters;
  readonly offset: number;
}

export interface SearchCase {
  readonly name: 'status_tab' | 'status_date_shop' | 'kana' | 'phone';
  readonly title: string;
  readonly requests: readonly SearchRequest[];
}

/** mulberry32: small, seeded, good enough to pick parameters. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const STATUSES = Object.keys(STATUS_LABELS) as OrderStatus[];
const toHiragana = (text: string) =>
  text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
const tokyoDay = (ms: number) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);

/** Takes `count` distinct values from `draw`, which may repeat itself. */
const distinct = <T>(count: number, draw: () => T): T[] => {
  const seen = new Map<string, T>();
  for (let tries = 0; seen.size < count && tries < count * 100; tries++) {
    const value = draw();
    seen.set(JSON.stringify(value), value);
  }
  if (seen.size < count) throw new Error(`only ${seen.size} distinct parameter sets, wanted ${count}`);
  return [...seen.values()];
};

// Staff type what is on the phone or the slip: a surname, a full name, a given name, in katakana or hiragana.
const kanaQuery = (random: () => number): string => {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const surname = pick(SURNAMES)[1];
  const given = pick(GIVEN_NAMES)[1];
  const text = [surname, `${surname}　${given}`, `${surname}${given}`, given][Math.floor(random() * 4)]!;
  return random() < 0.5 ? toHiragana(text) : text;
};

// The number as the caller reads it out or as it was written down: whole or in part, with or without hyphens.
const phoneQuery = (phone: string, i: number): string => {
  const [area, middle, last] = phone.includes('-')
    ? phone.split('-')
    : [phone.slice(0, 3), phone.slice(3, 7), phone.slice(7)];
  const forms = [
    `${area}-${middle}-${last}`,
    `${area}${middle}${last}`,
    `${middle}-${last}`,
    `${middle}${last}`,
    `${area}-${middle}`,
  ];
  const form = forms[i % forms.length]!;
  // Now and then typed in full width, as a Japanese input method leaves it.
  return i % 7 === 0
    ? form.replace(/[0-9-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)))
    : form;
};

export async function searchCases(client: pg.Client, perCase: number): Promise<SearchCase[]> {
  const random = seeded(20261130);
  const tenantId = tenantIdFor(LARGE.code);
  // Orders of the tenant picked in a fixed order: their buyers' phone numbers, and the status, shop and time of day
  // that staff look up (recent orders in the working statuses, older ones 処理済み), as often as the data has them.
  const { rows: sample } = await client.query<{
    phone: string;
    status: OrderStatus;
    shopId: string;
    orderedAt: number;
  }>(
    `SELECT orderer_phone AS phone, status, shop_id AS "shopId", (extract(epoch FROM ordered_at) * 1000)::float8 AS "orderedAt"
     FROM order_search WHERE tenant_id = $1 ORDER BY md5(id) LIMIT $2`,
    [tenantId, perCase],
  );
  const pages = Math.ceil(perCase / STATUSES.length);
  return [
    {
      name: 'status_tab',
      title: 'status tab, newest first',
      requests: distinct(perCase, () => ({
        filter: { status: STATUSES[Math.floor(random() * STATUSES.length)]! },
        offset: Math.floor(random() * pages) * PAGE_SIZE,
      })),
    },
    {
      name: 'status_date_shop',
      title: 'status + order date range + shop',
      requests: sample.map(({ status, shopId, orderedAt }) => {
        const before = Math.floor(random() * 31) * 86_400_000;
        const after = Math.floor(random() * 7) * 86_400_000;
        return {
          filter: { status, shopId, orderedFrom: tokyoDay(orderedAt - before), orderedTo: tokyoDay(orderedAt + after) },
          offset: 0,
        };
      }),
    },
    {
      name: 'kana',
      title: 'free text: a kana name',
      requests: distinct(perCase, () => ({ filter: { q: kanaQuery(random) }, offset: 0 })),
    },
    {
      name: 'phone',
      title: 'free text: a phone number fragment',
      requests: sample.map(({ phone }, i) => ({ filter: { q: phoneQuery(phone, i) }, offset: 0 })),
    },
  ];
}

export const listParams = ({ filter, offset }: SearchRequest): ListOrdersParams => ({
  ...filter,
  sort: { field: 'orderedAt', order: 'DESC' },
  offset,
  limit: PAGE_SIZE,
});

/** The same request as the admin sends it (ra-data-simple-rest). */
export const listUrl = (base: string, { filter, offset }: SearchRequest): string =>
  `${base}/api/orders?${new URLSearchParams({ sort: JSON.stringify(['orderedAt', 'DESC']), range: JSON.stringify([offset, offset + PAGE_SIZE - 1]), filter: JSON.stringify(filter) })}`;
