import type { Response } from 'express';
import * as E from 'fp-ts/Either';
import type * as t from 'io-ts';

export interface FieldProblem {
  readonly path: string;
  readonly ja: string;
  readonly en: string;
}

type Tagged = { readonly _tag?: string; readonly type?: Tagged };
/**
 * Under a union or an intersection a key is a member's index, not a field. Exact types and refinements (bounded text,
 * a size-checked mapping) validate with their parent's context, so the union or intersection may sit inside them.
 */
const namesAMember = (type: unknown): boolean => {
  let parent = type as Tagged | undefined;
  while (parent?._tag === 'ExactType' || parent?._tag === 'RefinementType') parent = parent.type;
  return parent?._tag === 'UnionType' || parent?._tag === 'IntersectionType';
};

/** io-ts errors as field paths (`destinations.0.postalCode`) with a message in both languages. */
export function fieldProblems(errors: t.Errors): FieldProblem[] {
  return errors.map((error) => {
    // Keys under a union or intersection name its member, not a field; under an object or array they are the path.
    const path = error.context
      .filter((entry, i) => i > 0 && !namesAMember(error.context[i - 1]!.type))
      .map((entry) => entry.key)
      .join('.');
    const expected = error.context.at(-1)?.type.name ?? 'value';
    return {
      path: path || '(body)',
      ja: `${path || '本文'} の形式が正しくありません (${expected})`,
      en: `${path || 'body'} must be ${expected}`,
    };
  });
}

/** Decodes a request body or query; on failure answers 400 with every bad field and returns undefined. */
export function decodeOr400<A>(codec: t.Decoder<unknown, A>, input: unknown, res: Response): A | undefined {
  const result = codec.decode(input);
  if (E.isRight(result)) return result.right;
  res.status(400).json({
    error: {
      code: 'invalid_input',
      ja: '入力内容に誤りがあります',
      en: 'invalid input',
      fields: fieldProblems(result.left),
    },
  });
  return undefined;
}
