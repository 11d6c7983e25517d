import * as E from 'fp-ts/Either';
import type { CautionArea, CautionAreaKey } from '../checks/check-finding';
import { type DomainError, domainError } from '../shared/decider';
import type { CautionAreasReset, CautionAreasSaved } from './events';

export const CAUTION_AREAS_MAX = 5000;
export const CAUTION_NOTE_MAX = 200;
export const CAUTION_PREFIX_MAX = 50;
const AREA_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** 要注意発送地域: the whole table replaces the tenant's previous one (or the shipped list). */
export interface SaveCautionAreas {
  readonly type: 'SaveCautionAreas';
  readonly tenantId: string;
  readonly areas: readonly CautionArea[];
}
/** 初期リストに戻す: the tenant follows the shipped list again. */
export interface ResetCautionAreas {
  readonly type: 'ResetCautionAreas';
  readonly tenantId: string;
}

/** 530-0001, ５３０－０００１ and 5300001 are one postal code. */
const postal = (code: string) =>
  code
    .normalize('NFKC')
    .replace(/[-‐ー−]/g, '')
    .trim();
const isPostal = (code: string) => /^\d{7}$/.test(code);

const normalisedKey = (key: CautionAreaKey): CautionAreaKey => {
  switch (key.kind) {
    case 'postal':
      return { kind: 'postal', code: postal(key.code) };
    case 'postal_range':
      return { kind: 'postal_range', from: postal(key.from), to: postal(key.to) };
    case 'address_prefix':
      return { kind: 'address_prefix', prefix: key.prefix.normalize('NFKC').trim() };
  }
};

const normalised = (area: CautionArea): CautionArea => ({
  id: area.id.trim(),
  key: normalisedKey(area.key),
  labels: [...new Set(area.labels)],
  carriers: [...new Set(area.carriers)],
  note: area.note.trim(),
});

const keyProblem = (key: CautionAreaKey): boolean => {
  switch (key.kind) {
    case 'postal':
      return !isPostal(key.code);
    case 'postal_range':
      return !isPostal(key.from) || !isPostal(key.to) || key.from > key.to;
    case 'address_prefix':
      return key.prefix === '' || [...key.prefix].length > CAUTION_PREFIX_MAX;
  }
};

function problemOf(areas: readonly CautionArea[]): DomainError | undefined {
  if (areas.length > CAUTION_AREAS_MAX)
    return domainError(
      'caution_area.too_many',
      `要注意発送地域は${CAUTION_AREAS_MAX}行までです`,
      `the table has at most ${CAUTION_AREAS_MAX} rows`,
    );
  const ids = new Set<string>();
  for (const [i, area] of areas.entries()) {
    const row = i + 1;
    if (!AREA_ID.test(area.id) || ids.has(area.id))
      return domainError(
        'caution_area.invalid_id',
        `${row}行目: IDが空か重複しています`,
        `row ${row}: the id is empty, malformed or repeated`,
      );
    ids.add(area.id);
    if (keyProblem(area.key))
      return domainError(
        'caution_area.invalid_key',
        `${row}行目: 郵便番号は7桁(範囲は小さい方から)、住所は${CAUTION_PREFIX_MAX}文字以内で入力してください`,
        `row ${row}: a postal code has 7 digits (a range runs upwards), an address prefix at most ${CAUTION_PREFIX_MAX} characters`,
      );
    if (area.labels.length === 0)
      return domainError('caution_area.no_label', `${row}行目: 区分を選んでください`, `row ${row}: choose a label`);
    if ([...area.note].length > CAUTION_NOTE_MAX)
      return domainError(
        'caution_area.note_too_long',
        `${row}行目: 備考は${CAUTION_NOTE_MAX}文字以内です`,
        `row ${row}: the note has at most ${CAUTION_NOTE_MAX} characters`,
      );
  }
  return undefined;
}

/** null: the tenant never saved one, or went back to the shipped list. */
export function decideCautionAreas(
  command: SaveCautionAreas,
  current: readonly CautionArea[] | null,
): E.Either<DomainError, CautionAreasSaved[]> {
  const areas = command.areas.map(normalised);
  const problem = problemOf(areas);
  if (problem) return E.left(problem);
  if (current && JSON.stringify(current) === JSON.stringify(areas)) return E.right([]);
  return E.right([{ type: 'CautionAreasSaved', data: { tenantId: command.tenantId, areas } }]);
}

export const decideCautionAreasReset = (
  command: ResetCautionAreas,
  current: readonly CautionArea[] | null,
): E.Either<DomainError, CautionAreasReset[]> =>
  E.right(current === null ? [] : [{ type: 'CautionAreasReset', data: { tenantId: command.tenantId } }]);
