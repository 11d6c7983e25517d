/**
 * PostgreSQL holds neither U+0000 nor half of a UTF-16 surrogate pair (JSON.parse makes one of "\ud800"): jsonb refuses
 * the event and text columns the query. Such text is refused at the edge, before any router runs, so that a refused
 * request changes nothing and takes no number.
 */
import type { RequestHandler, Response } from 'express';
import { isStorableText } from '../../domain/shared/storable-text';
import type { FieldProblem } from './validation';

/**
 * The path (`destinations.0.lines.1.name`) of the first text in a JSON value, key or string, that cannot be stored;
 * undefined if there is none. Walks without recursion: a body may nest deeper than the stack.
 */
export function unstorableTextIn(value: unknown, at = ''): string | undefined {
  const pending: Array<[unknown, string]> = [[value, at]];
  while (pending.length > 0) {
    const [item, path] = pending.pop()!;
    if (typeof item === 'string') {
      if (!isStorableText(item)) return path;
    } else if (item !== null && typeof item === 'object') {
      // Pushed last to first, so that the first unstorable text in the document is the one named.
      for (const [key, inner] of Object.entries(item).reverse()) {
        const innerPath = path === '' ? key : `${path}.${key}`;
        if (!isStorableText(key)) return innerPath;
        pending.push([inner, innerPath]);
      }
    }
  }
  return undefined;
}

const problemAt = (path: string): FieldProblem => ({
  path,
  ja: `${path} に保存できない文字 (NUL または対になっていないサロゲート) が含まれています`,
  en: `${path} contains a character that cannot be stored (U+0000 or an unpaired surrogate)`,
});

export function sendUnstorable(res: Response, path: string, code: 'invalid_input' | 'invalid_query'): void {
  res.status(400).json({
    error: {
      code,
      ja: '保存できない文字が含まれています',
      en: 'the request contains text that cannot be stored',
      fields: [problemAt(path)],
    },
  });
}

/** A query parameter as the routers read it: ra-data-simple-rest's are JSON (`filter={"q":"…"}`). */
const parsedQueryValue = (value: unknown): unknown => {
  if (typeof value !== 'string' || !/^\s*[[{"]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

/** Refuses a request whose path, query or JSON body holds unstorable text, with the path of that text. */
export const refuseUnstorableText: RequestHandler = (req, res, next) => {
  let decodedPath = req.path;
  try {
    decodedPath = decodeURIComponent(req.path);
  } catch {
    // A malformed escape is the router's to refuse (400).
  }
  if (!isStorableText(decodedPath)) return sendUnstorable(res, '(url)', 'invalid_query');
  for (const [name, raw] of Object.entries(req.query as Record<string, unknown>)) {
    const path = unstorableTextIn(raw, name) ?? unstorableTextIn(parsedQueryValue(raw), name);
    if (path !== undefined) return sendUnstorable(res, path, 'invalid_query');
  }
  const bodyPath = unstorableTextIn(req.body);
  if (bodyPath !== undefined) return sendUnstorable(res, bodyPath || '(body)', 'invalid_input');
  next();
};
