import * as t from 'io-ts';
import { fitsIn } from './input-codecs';

/** Text a person must fill in: not blank, at most `max` characters (counted as people count them, not UTF-16 units). */
export const requiredText = (max: number) =>
  t.refinement(t.string, (s) => s.trim() !== '' && fitsIn(s, max), `text of 1–${max} characters`);
