import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';

/**
 * Noto Sans JP for the マイページ, as @fontsource ships it: woff2 slices by unicode-range, so a phone without a
 * Japanese font downloads only the slices its page uses, and one with its own (Hiragino, Noto Sans CJK) none at all.
 */
const FONTSOURCE = path.dirname(require.resolve('@fontsource/noto-sans-jp/package.json'));
const WEIGHTS = ['400', '700'] as const;

/** The @font-face rules, pointing at `base` and at woff2 only (every browser that shows the page reads it). */
export function myPageFontFaces(base: string): string {
  return WEIGHTS.map((weight) =>
    readFileSync(path.join(FONTSOURCE, `${weight}.css`), 'utf8').replace(
      /url\(\.\/files\/([\w-]+\.woff2)\) format\('woff2'\), url\(\.\/files\/[\w-]+\.woff\) format\('woff'\)/g,
      (_all, file: string) => `url(${base}/${file}) format('woff2')`,
    ),
  ).join('\n');
}

/** The slices' files, cached for a year (their names change with the package's version). */
export const myPageFontFiles = (): RequestHandler =>
  express.static(path.join(FONTSOURCE, 'files'), { immutable: true, maxAge: '365d', index: false });
