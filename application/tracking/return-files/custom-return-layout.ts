import * as E from 'fp-ts/Either';
import type { CustomLabelLayout, CustomLabelLayoutDefinition } from '../../labels/custom-layout';
import type { ReturnFileLayout } from './return-file-layouts';

export interface CustomReturnProblem {
  readonly ja: string;
  readonly en: string;
}

/**
 * A カスタム送り状 read back as a return file: the carrier's software gives our columns back with 伝票番号 filled in
 * the layout's tracking-number column. Columns are found by their header when the file has one, else by position.
 * The layout must name both columns, and its carrier: the number is checked and linked as that carrier's.
 */
export function customReturnLayout(
  layout: CustomLabelLayout & CustomLabelLayoutDefinition,
): E.Either<CustomReturnProblem, ReturnFileLayout> {
  const { keyColumn, trackingNumberColumn, carrier, columns } = layout;
  const key = keyColumn === undefined ? undefined : columns[keyColumn - 1];
  const number = trackingNumberColumn === undefined ? undefined : columns[trackingNumberColumn - 1];
  if (!key || !number)
    return E.left({
      ja: `カスタム送り状「${layout.name}」にはお客様管理番号と伝票番号の列が指定されていません`,
      en: `custom layout ${layout.name} names no key and tracking-number columns`,
    });
  if (carrier === null)
    return E.left({
      ja: `カスタム送り状「${layout.name}」に運送会社が指定されていません`,
      en: `custom layout ${layout.name} names no carrier`,
    });
  return E.right({
    name: `custom:${layout.name}`,
    label: layout.name,
    carrier,
    key: { names: [key.header], position: keyColumn! - 1 },
    trackingNumber: { names: [number.header], position: trackingNumberColumn! - 1 },
  });
}
