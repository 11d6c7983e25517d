import * as E from 'fp-ts/Either';
import { type Decider, domainError } from '../shared/decider';
import type { Mall } from '../order/order-data';
import type { ShopEvent } from './events';

/** The shop's id is derived from (tenant, code), so a code can be registered once per tenant. */
export interface RegisterShop {
  readonly type: 'RegisterShop';
  readonly shopId: string;
  readonly tenantId: string;
  readonly code: string;
  readonly mall: Mall;
  readonly name: string;
}
export type ShopCommand = RegisterShop;

export type ShopState = { readonly status: 'none' } | { readonly status: 'registered'; readonly code: string };

export const SHOP_CODE = /^[a-z0-9][a-z0-9-]{1,31}$/;

export const shopDecider: Decider<ShopCommand, ShopEvent, ShopState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (_state, event) => ({ status: 'registered', code: event.data.code }),
  decide: (command, state) => {
    if (state.status === 'registered') return E.left(domainError('shop.already_registered', `店舗 ${state.code} は登録済みです`, `shop ${state.code} already exists`));
    if (!SHOP_CODE.test(command.code)) return E.left(domainError('shop.invalid_code', '店舗コードは半角英小文字・数字・ハイフン(2〜32文字)です', 'a shop code is 2–32 lower-case letters, digits or hyphens'));
    const { shopId, tenantId, code, mall, name } = command;
    return E.right([{ type: 'ShopRegistered', data: { shopId, tenantId, code, mall, name: name.trim() || code } }]);
  },
};
