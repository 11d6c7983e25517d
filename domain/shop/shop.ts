import * as E from 'fp-ts/Either';
import { type Decider, domainError } from '../shared/decider';
import { isBusinessDate } from '../shared/dates';
import type { Mall, ShippingMethod } from '../order/order-data';
import { HOLD_BOXES_RANGE_MESSAGE, isHoldBox } from '../tenant-settings/hold-boxes';
import type { ShopEvent } from './events';
import {
  decideDocumentImage,
  decideDocumentSettings,
  NO_SHOP_DOCUMENTS,
  type SetShopDocumentImage,
  type SetShopDocumentSettings,
  type ShopDocuments,
} from './document-settings-decision';
import {
  decideMailSettings,
  decideSmtpChange,
  type RecordShopSmtpChange,
  type SetShopMailSettings,
} from './mail-settings-decision';
import type { MailBehaviour } from '../mail/mail-behaviour';
import type { CheckSettings } from '../checks/check-finding';
import { decideCheckSettings, type SetShopCheckSettings } from './check-settings-decision';
import { MAX_LEAD_DAYS, NO_SHIPPING_DEFAULTS, type ShippingDefaults } from './shipping-defaults';

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
/** What new orders of the shop start with; `shipping: null` or `leadDays: null` sets no default. */
export interface SetShopShippingDefaults {
  readonly type: 'SetShopShippingDefaults';
  readonly shopId: string;
  readonly tenantId: string;
  readonly shipping: ShippingMethod | null;
  readonly codSlipType: string | null;
  readonly leadDays: number | null;
}
/** 休業日設定: the whole list of the shop's own closed days replaces the previous one. */
export interface SetShopHolidays {
  readonly type: 'SetShopHolidays';
  readonly shopId: string;
  readonly tenantId: string;
  readonly holidays: readonly string[];
}
/** The shop's slip types without a tracking number; the whole list replaces the previous one. */
export interface SetShopUntrackedSlipTypes {
  readonly type: 'SetShopUntrackedSlipTypes';
  readonly shopId: string;
  readonly tenantId: string;
  readonly slipTypes: readonly string[];
}
/** The hold box for orders with amounts to confirm (see ShopAmountsHoldBoxSet). */
export interface SetShopAmountsHoldBox {
  readonly type: 'SetShopAmountsHoldBox';
  readonly shopId: string;
  readonly tenantId: string;
  readonly box: number;
}
/** The first box until the shop chooses: the box staff look in first. */
export const DEFAULT_AMOUNTS_HOLD_BOX = 1;
export type { SetShopDocumentImage, SetShopDocumentSettings } from './document-settings-decision';
export type { RecordShopSmtpChange, SetShopMailSettings } from './mail-settings-decision';
export type { SetShopCheckSettings } from './check-settings-decision';
export type ShopCommand =
  | RegisterShop
  | RenameShop
  | SetShopShippingDefaults
  | SetShopHolidays
  | SetShopDocumentSettings
  | SetShopDocumentImage
  | SetShopUntrackedSlipTypes
  | SetShopAmountsHoldBox
  | SetShopMailSettings
  | RecordShopSmtpChange
  | SetShopCheckSettings;

export type ShopState =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly tenantId: string;
      readonly code: string;
      readonly name: string;
      readonly shippingDefaults: ShippingDefaults;
      readonly holidays: readonly string[];
      readonly documents: ShopDocuments;
      readonly untrackedSlipTypes: readonly string[];
      readonly amountsHoldBox: number;
      /** null until the shop sets its mail settings (the defaults apply). */
      readonly mail: MailBehaviour | null;
      /** null until the shop sets its check settings (the defaults apply). */
      readonly checkSettings: CheckSettings | null;
    };

export const SHOP_CODE = /^[a-z0-9][a-z0-9-]{1,31}$/;

export const SHOP_NOT_FOUND = domainError('shop.not_found', '店舗が見つかりません', 'no such shop');

export const shopDecider: Decider<ShopCommand, ShopEvent, ShopState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ShopRegistered':
        return {
          status: 'registered',
          tenantId: event.data.tenantId,
          code: event.data.code,
          name: event.data.name,
          shippingDefaults: NO_SHIPPING_DEFAULTS,
          holidays: [],
          documents: NO_SHOP_DOCUMENTS,
          untrackedSlipTypes: [],
          amountsHoldBox: DEFAULT_AMOUNTS_HOLD_BOX,
          mail: null,
          checkSettings: null,
        };
      case 'ShopRenamed':
        return state.status === 'registered' ? { ...state, name: event.data.name } : state;
      case 'ShopShippingDefaultsSet': {
        if (state.status !== 'registered') return state;
        const { shipping, codSlipType, leadDays } = event.data;
        return { ...state, shippingDefaults: { shipping, codSlipType, leadDays } };
      }
      case 'ShopHolidaysSet':
        return state.status === 'registered' ? { ...state, holidays: event.data.holidays } : state;
      case 'ShopDocumentSettingsSet': {
        if (state.status !== 'registered') return state;
        const { shopId: _shop, tenantId: _tenant, ...settings } = event.data;
        return { ...state, documents: { ...state.documents, settings } };
      }
      case 'ShopUntrackedSlipTypesSet':
        return state.status === 'registered' ? { ...state, untrackedSlipTypes: event.data.slipTypes } : state;
      case 'ShopAmountsHoldBoxSet':
        return state.status === 'registered' ? { ...state, amountsHoldBox: event.data.box } : state;
      case 'ShopMailSettingsSet': {
        if (state.status !== 'registered') return state;
        const { shopId: _shop, tenantId: _tenant, ...mail } = event.data;
        return { ...state, mail };
      }
      case 'ShopSmtpSettingsChanged':
        return state;
      case 'ShopCheckSettingsSet':
        return state.status === 'registered' ? { ...state, checkSettings: event.data.settings } : state;
      case 'ShopDocumentImageSet': {
        if (state.status !== 'registered') return state;
        const { image, dataUrl } = event.data;
        return { ...state, documents: { ...state.documents, images: { ...state.documents.images, [image]: dataUrl } } };
      }
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
      case 'SetShopShippingDefaults':
        if (state.status !== 'registered' || state.tenantId !== command.tenantId) return E.left(SHOP_NOT_FOUND);
        return decideShippingDefaults(command, state.shippingDefaults);
      case 'SetShopHolidays':
        if (state.status !== 'registered' || state.tenantId !== command.tenantId) return E.left(SHOP_NOT_FOUND);
        return decideHolidays(command, state.holidays);
      case 'SetShopDocumentSettings':
        if (state.status !== 'registered' || state.tenantId !== command.tenantId) return E.left(SHOP_NOT_FOUND);
        return decideDocumentSettings(command, state.documents, state.name);
      case 'SetShopDocumentImage':
        if (state.status !== 'registered' || state.tenantId !== command.tenantId) return E.left(SHOP_NOT_FOUND);
        return decideDocumentImage(command, state.documents);
      case 'SetShopUntrackedSlipTypes':
        if (state.status !== 'registered' || state.tenantId !== command.tenantId) return E.left(SHOP_NOT_FOUND);
        return decideUntrackedSlipTypes(command, state.untrackedSlipTypes);
      case 'SetShopMailSettings':
        if (state.status !== 'registered' || state.tenantId !== command.tenantId) return E.left(SHOP_NOT_FOUND);
        return decideMailSettings(command, state.mail);
      case 'RecordShopSmtpChange':
        if (state.status !== 'registered' || state.tenantId !== command.tenantId) return E.left(SHOP_NOT_FOUND);
        return decideSmtpChange(command);
      case 'SetShopCheckSettings':
        if (state.status !== 'registered' || state.tenantId !== command.tenantId) return E.left(SHOP_NOT_FOUND);
        return decideCheckSettings(command, state.checkSettings);
      case 'SetShopAmountsHoldBox':
        if (state.status !== 'registered' || state.tenantId !== command.tenantId) return E.left(SHOP_NOT_FOUND);
        if (!isHoldBox(command.box))
          return E.left(domainError('shop.invalid_hold_box', HOLD_BOXES_RANGE_MESSAGE.ja, HOLD_BOXES_RANGE_MESSAGE.en));
        return E.right(
          command.box === state.amountsHoldBox
            ? []
            : [
                {
                  type: 'ShopAmountsHoldBoxSet' as const,
                  data: { shopId: command.shopId, tenantId: command.tenantId, box: command.box },
                },
              ],
        );
    }
  },
};

const decideShippingDefaults = (command: SetShopShippingDefaults, current: ShippingDefaults) => {
  const { shopId, tenantId, leadDays } = command;
  const slipType = command.shipping?.slipType.trim() ?? '';
  if (command.shipping && slipType === '')
    return E.left(
      domainError(
        'shop.slip_type_required',
        '既定の送り状種別を入力してください',
        'a default carrier needs a slip type',
      ),
    );
  if (leadDays !== null && !(Number.isInteger(leadDays) && leadDays >= 0 && leadDays <= MAX_LEAD_DAYS))
    return E.left(
      domainError(
        'shop.invalid_lead_days',
        `出荷までの営業日数は 0〜${MAX_LEAD_DAYS} の整数です`,
        `the lead time is a whole number of business days from 0 to ${MAX_LEAD_DAYS}`,
      ),
    );
  const shipping = command.shipping && { carrier: command.shipping.carrier, slipType };
  // A COD slip type without a carrier would never be used: it goes with the carrier.
  const codSlipType = (shipping && command.codSlipType?.trim()) || null;
  const unchanged =
    current.shipping?.carrier === shipping?.carrier &&
    current.shipping?.slipType === shipping?.slipType &&
    current.codSlipType === codSlipType &&
    current.leadDays === leadDays;
  return E.right(
    unchanged
      ? []
      : [{ type: 'ShopShippingDefaultsSet' as const, data: { shopId, tenantId, shipping, codSlipType, leadDays } }],
  );
};

const decideHolidays = (command: SetShopHolidays, current: readonly string[]) => {
  const invalid = command.holidays.find((day) => !isBusinessDate(day));
  if (invalid !== undefined)
    return E.left(
      domainError(
        'shop.invalid_holiday',
        `休業日「${invalid}」は 2026-12-01 の形式ではありません`,
        'a holiday is written like 2026-12-01',
      ),
    );
  const holidays = [...new Set(command.holidays)].sort();
  const unchanged = holidays.length === current.length && holidays.every((day, i) => day === current[i]);
  return E.right(
    unchanged
      ? []
      : [
          {
            type: 'ShopHolidaysSet' as const,
            data: { shopId: command.shopId, tenantId: command.tenantId, holidays },
          },
        ],
  );
};

const decideUntrackedSlipTypes = (command: SetShopUntrackedSlipTypes, current: readonly string[]) => {
  const slipTypes = [...new Set(command.slipTypes.map((slipType) => slipType.trim()).filter((s) => s !== ''))].sort();
  const unchanged = slipTypes.length === current.length && slipTypes.every((slipType, i) => slipType === current[i]);
  return E.right(
    unchanged
      ? []
      : [
          {
            type: 'ShopUntrackedSlipTypesSet' as const,
            data: { shopId: command.shopId, tenantId: command.tenantId, slipTypes },
          },
        ],
  );
};
