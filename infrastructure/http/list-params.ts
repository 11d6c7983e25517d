import type { Request, Response } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { ListRange } from './input-codecs';
import { fieldProblems } from './validation';

/** ra-data-simple-rest's list query: `sort=["field","ASC"]&range=[0,24]&filter={...}`, each a JSON string. */
export interface ListParams<Field extends string, Filter = Record<string, unknown>> {
  readonly sort: { readonly field: Field; readonly order: 'ASC' | 'DESC' };
  readonly offset: number;
  readonly limit: number;
  readonly filter: Filter;
}

const MAX_PAGE = 500;

const Json = <A>(codec: t.Decoder<unknown, A>, name: string) =>
  new t.Type<A, string, unknown>(
    name,
    (input): input is A => E.isRight(codec.decode(input)),
    (input, context) => {
      if (typeof input !== 'string') return t.failure(input, context);
      try {
        return codec.validate(JSON.parse(input), context);
      } catch {
        return t.failure(input, context, 'not JSON');
      }
    },
    (value) => JSON.stringify(value),
  );

/**
 * Every list can be sorted by `id`: it is react-admin's sort when a screen names none and what a script tries first.
 * A list with one fixed order accepts it and keeps that order, which is stable already.
 */
export const STABLE_SORT = 'id';

/**
 * Decodes the list query of a resource whose sortable fields are `sortable` and whose `filter` is `Filter` (any object
 * when not given); answers 400 with the paths (`filter.orderedFrom`, `range`) and returns undefined if bad. Every list
 * route reads its query here, so a filter, a range or a sort PostgreSQL could not take never reaches a query.
 */
export function listParamsOr400<Field extends string, Filter = Record<string, unknown>>(
  req: Request,
  res: Response,
  sortable: readonly [Field, ...Field[]],
  defaultSort: ListParams<Field>['sort'],
  filterCodec: t.Decoder<unknown, Filter> = t.UnknownRecord as unknown as t.Decoder<unknown, Filter>,
): ListParams<Field | typeof STABLE_SORT, Filter> | undefined {
  const fields = t.keyof(
    Object.fromEntries([...sortable, STABLE_SORT].map((f) => [f, null])) as Record<Field | typeof STABLE_SORT, null>,
  );
  const Query = t.partial({
    sort: Json(t.tuple([fields, t.keyof({ ASC: null, DESC: null })]), 'sort'),
    range: Json(ListRange, 'range'),
    filter: Json(filterCodec, 'filter'),
  });
  const decoded = Query.decode(req.query);
  if (E.isLeft(decoded)) {
    res.status(400).json({
      error: {
        code: 'invalid_query',
        ja: '一覧の指定に誤りがあります',
        en: 'invalid list query',
        fields: fieldProblems(decoded.left),
      },
    });
    return undefined;
  }
  const [from, to] = decoded.right.range ?? [0, 24];
  const [field, order] = decoded.right.sort ?? [defaultSort.field, defaultSort.order];
  // No filter is the empty one, as the codec reads it (every list's filter fields are optional).
  const noFilter = filterCodec.decode({});
  return {
    sort: { field, order },
    offset: from,
    limit: Math.min(MAX_PAGE, to - from + 1),
    filter: decoded.right.filter ?? (E.isRight(noFilter) ? noFilter.right : ({} as Filter)),
  };
}
