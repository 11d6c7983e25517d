import * as E from 'fp-ts/Either';
import { type Decider, type DomainError, domainError } from '../shared/decider';
import { fitsIn } from '../shared/storable-text';
import type { PrintNameEvent } from './events';

/** Sets the print name of a SKU; an empty name removes it (the mall's product name is printed again). */
export interface SetPrintName {
  readonly type: 'SetPrintName';
  readonly tenantId: string;
  readonly sku: string;
  readonly name: string;
  /** Adding, not changing: a SKU that has a print name already is refused instead of renamed. */
  readonly onlyNew?: boolean;
}
export type PrintNameCommand = SetPrintName;

/** The print names by SKU. */
export type PrintNamesState = ReadonlyMap<string, string>;

export const PRINT_NAME_LIMITS = { sku: 100, name: 200 } as const;

const refuse = (code: string, ja: string, en: string): E.Either<DomainError, PrintNameEvent[]> =>
  E.left(domainError(code, ja, en));

export const printNamesDecider: Decider<PrintNameCommand, PrintNameEvent, PrintNamesState> = {
  initialState: () => new Map(),
  evolve: (state, event) => {
    const next = new Map(state);
    if (event.type === 'PrintNameSet') next.set(event.data.sku, event.data.name);
    else next.delete(event.data.sku);
    return next;
  },
  decide: ({ tenantId, ...command }, state) => {
    // The SKU as the orders carry it: only surrounding spaces are not part of it.
    const sku = command.sku.trim();
    const name = command.name.trim();
    if (sku === '') return refuse('print_name.sku_required', 'SKUを入力してください', 'a print name needs a SKU');
    if (!fitsIn(sku, PRINT_NAME_LIMITS.sku))
      return refuse(
        'print_name.sku_too_long',
        `SKUは${PRINT_NAME_LIMITS.sku}文字以内です`,
        `a SKU has at most ${PRINT_NAME_LIMITS.sku} characters`,
      );
    if (!fitsIn(name, PRINT_NAME_LIMITS.name))
      return refuse(
        'print_name.too_long',
        `帳票商品名は${PRINT_NAME_LIMITS.name}文字以内です`,
        `a print name has at most ${PRINT_NAME_LIMITS.name} characters`,
      );
    const current = state.get(sku);
    if (command.onlyNew && current !== undefined)
      return refuse(
        'print_name.already_defined',
        `SKU ${sku} の帳票商品名は登録済みです`,
        `SKU ${sku} has a print name already`,
      );
    if (name === '')
      return E.right(current === undefined ? [] : [{ type: 'PrintNameRemoved', data: { tenantId, sku } }]);
    return E.right(current === name ? [] : [{ type: 'PrintNameSet', data: { tenantId, sku, name } }]);
  },
};
