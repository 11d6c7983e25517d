import type { Request, Response } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { fieldProblems } from './validation';

/** ra-data-simple-rest's list query: `sort=["field","ASC"]&range=[0,24]&filter={...}`, each a JSON string. */
export interface ListParams<Field extends string> {
  readonly sort: { readonly field: Field; readonly order: 'ASC' | 'DESC' };
  readonly offset: number;
  readonly limit: number;
  readonly filter: Record<string, unknown>;
}

const MAX_PAGE = 500;

const Json = <A>(codec: t.Type<A, unknown>, name: string) =>
  new t.Type<A, string, unknown>(
    name,
    codec.is,
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

/** Decodes the list query of a resource whose sortable fields are `sortable`; answers 400 and returns undefined if bad. */
export function listParamsOr400<Field extends string>(
  req: Request,
  res: Response,
  sortable: readonly [Field, ...Field[]],
  defaultSort: ListParams<Field>['sort'],
): ListParams<Field | typeof STABLE_SORT> | undefined {
  const fields = t.keyof(
    Object.fromEntries([...sortable, STABLE_SORT].map((f) => [f, null])) as Record<Field | typeof STABLE_SORT, null>,
  );
  const Query = t.partial({
    sort: Json(t.tuple([fields, t.keyof({ ASC: null, DESC: null })]), 'sort'),
    range: Json(t.tuple([t.Int, t.Int]), 'range'),
    filter: Json(t.UnknownRecord, 'filter'),
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
  return {
    sort: { field, order },
    offset: Math.max(0, from),
    limit: Math.min(MAX_PAGE, Math.max(0, to - from + 1)),
    filter: decoded.right.filter ?? {},
  };
}
