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
export interface RenameShop {
  readonly type: 'RenameShop';
  readonly shopId: string;
  readonly tenantId: string;
  readonly name: string;
}
export type ShopCommand = RegisterShop | RenameShop;

export type ShopState =
  | { readonly status: 'none' }
  | { readonly status: 'registered'; readonly tenantId: string; readonly code: string; readonly name: string };

export const SHOP_CODE = /^[a-z0-9][a-z0-9-]{1,31}$/;

export const SHOP_NOT_FOUND = domainError('shop.not_found', '店舗が見つかりません', 'no such shop');

export const shopDecider: Decider<ShopCommand, ShopEvent, ShopState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ShopRegistered':
        return { status: 'registered', tenantId: event.data.tenantId, code: event.data.code, name: event.data.name };
      case 'ShopRenamed':
        return state.status === 'registered' ? { ...state, name: event.data.name } : state;
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'RegisterShop': {
        if (state.status === 'registered')
          return E.left(
            domainError(
              'shop.already_registered',
              `店舗 ${state.code} は登録済みです`,
              `shop ${state.code} already exists`,
            ),
          );
        if (!SHOP_CODE.test(command.code))
          return E.left(
            domainError(
              'shop.invalid_code',
              '店舗コードは半角英小文字・数字・ハイフン(2〜32文字)です',
              'a shop code is 2–32 lower-case letters, digits or hyphens',
            ),
          );
        const { shopId, tenantId, code, mall, name } = command;
        return E.right([{ type: 'ShopRegistered', data: { shopId, tenantId, code, mall, name: name.trim() || code } }]);
      }
      case 'RenameShop': {
        // Another tenant's shop does not exist for this tenant.
        if (state.status !== 'registered' || state.tenantId !== command.tenantId) return E.left(SHOP_NOT_FOUND);
        const name = command.name.trim();
        if (name === '')
          return E.left(domainError('shop.name_required', '店舗名を入力してください', 'a shop needs a name'));
        return E.right(
          name === state.name
            ? []
            : [{ type: 'ShopRenamed', data: { shopId: command.shopId, tenantId: command.tenantId, name } }],
        );
      }
    }
  },
};
