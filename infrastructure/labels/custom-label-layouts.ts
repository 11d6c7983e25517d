import * as E from 'fp-ts/Either';
import type { DatabasePool } from 'slonik';
import { type CustomLabelLayout, CustomLabelLayoutDefinition } from '../../application/labels/custom-layout';
import { CUSTOM_LAYOUT_PREFIX } from '../../application/labels/export-labels';
import {
  type CustomReturnProblem,
  customReturnLayout,
} from '../../application/tracking/return-files/custom-return-layout';
import {
  RETURN_FILE_LAYOUTS,
  type ReturnFileLayout,
  returnFileLayout,
} from '../../application/tracking/return-files/return-file-layouts';
import { findCustomLabelLayoutByName } from '../../projections/custom-label-layouts/custom-label-layout-queries';

/**
 * The tenant's カスタム送り状 of that name, as the export and the tracking import read it. The event registry checked
 * the layout when it was recorded; decoding again gives it its type (and keeps a hand-edited row from slipping by).
 */
export async function customLabelLayoutNamed(
  db: DatabasePool,
  tenantId: string,
  name: string,
): Promise<(CustomLabelLayout & CustomLabelLayoutDefinition) | undefined> {
  const found = await findCustomLabelLayoutByName(db, tenantId, name);
  if (!found) return undefined;
  const decoded = CustomLabelLayoutDefinition.decode(found.layout);
  return E.isRight(decoded) ? { name: found.name, ...decoded.right } : undefined;
}

/**
 * The return-file layout `--layout`/`layout` names: a built-in one, or `custom:<name>` read back through its key and
 * tracking-number columns. Left: why not, for the person who typed it.
 */
export async function returnFileLayoutNamed(
  db: DatabasePool,
  tenantId: string,
  name: string,
): Promise<E.Either<CustomReturnProblem, ReturnFileLayout>> {
  if (!name.startsWith(CUSTOM_LAYOUT_PREFIX)) {
    const builtIn = returnFileLayout(name);
    return builtIn
      ? E.right(builtIn)
      : E.left({
          ja: `取込形式「${name}」はありません（${[...Object.keys(RETURN_FILE_LAYOUTS), 'custom:NAME'].join(', ')}）`,
          en: `no return-file layout ${name}`,
        });
  }
  const custom = await customLabelLayoutNamed(db, tenantId, name.slice(CUSTOM_LAYOUT_PREFIX.length));
  if (!custom) return E.left({ ja: `カスタム送り状「${name}」はありません`, en: `no custom layout ${name}` });
  return customReturnLayout(custom);
}
