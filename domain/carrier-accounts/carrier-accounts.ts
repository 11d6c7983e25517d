import * as E from 'fp-ts/Either';
import type { Carrier } from '../shared/carrier';
import { type Decider, domainError } from '../shared/decider';
import type { CarrierAccountCodes, CarrierAccountEvent } from './events';

export type CarrierAccountField = keyof CarrierAccountCodes;

/** Which codes each carrier's label data has a column for (file-formats §1); 'other' has none. */
export const CARRIER_ACCOUNT_FIELDS: Readonly<Record<Carrier, readonly CarrierAccountField[]>> = {
  yamato: ['customerCode', 'classCode', 'freightCode'],
  sagawa: ['customerCode'],
  japanpost: ['customerCode'],
  seino: ['shipperCode'],
  fukuyama: ['shipperCode'],
  other: [],
};

export const NO_CODES: CarrierAccountCodes = { customerCode: '', classCode: '', freightCode: '', shipperCode: '' };

/** Codes given replace the stored ones ('' clears one); codes not given stay as they are. */
export interface SetCarrierAccount {
  readonly type: 'SetCarrierAccount';
  readonly tenantId: string;
  readonly carrier: Carrier;
  readonly codes: Partial<CarrierAccountCodes>;
}
export type CarrierAccountCommand = SetCarrierAccount;

export type CarrierAccountsState = Readonly<Partial<Record<Carrier, CarrierAccountCodes>>>;

/** Longer than any carrier's column (KM2 荷送人コード 11, B2 顧客コード 12): a longer text is a typing mistake. */
export const CARRIER_CODE_MAX = 20;
/** Contract codes are half-width digits, letters and hyphens; a full-width digit would be refused by the software. */
const CODE_PATTERN = /^[0-9A-Za-z-]*$/;

const FIELD_NAMES: Readonly<Record<CarrierAccountField, string>> = {
  customerCode: '顧客コード',
  classCode: '分類コード',
  freightCode: '運賃管理番号',
  shipperCode: '荷送人コード',
};

const refuse = (code: string, ja: string, en: string) => E.left(domainError(code, ja, en));

export const carrierAccountsDecider: Decider<CarrierAccountCommand, CarrierAccountEvent, CarrierAccountsState> = {
  initialState: () => ({}),
  evolve: (state, event) => ({ ...state, [event.data.carrier]: event.data.codes }),
  decide: (command, state) => {
    const allowed = CARRIER_ACCOUNT_FIELDS[command.carrier];
    const given = Object.entries(command.codes) as [CarrierAccountField, string][];
    for (const [field, raw] of given) {
      const text = raw.trim();
      if (!allowed.includes(field) && text !== '')
        return refuse(
          'carrier_account.field_not_used',
          `${command.carrier} の送り状データに${FIELD_NAMES[field]}はありません`,
          `${command.carrier} label data has no ${field}`,
        );
      if (!CODE_PATTERN.test(text) || text.length > CARRIER_CODE_MAX)
        return refuse(
          'carrier_account.invalid_code',
          `${FIELD_NAMES[field]}は半角英数字とハイフン${CARRIER_CODE_MAX}文字以内で入力してください`,
          `${field} is at most ${CARRIER_CODE_MAX} half-width letters, digits and hyphens`,
        );
    }
    const current = state[command.carrier] ?? NO_CODES;
    const codes = { ...current, ...Object.fromEntries(given.map(([field, text]) => [field, text.trim()])) };
    const unchanged = (Object.keys(NO_CODES) as CarrierAccountField[]).every((f) => codes[f] === current[f]);
    if (unchanged && state[command.carrier]) return E.right([]);
    return E.right([
      { type: 'CarrierAccountSet', data: { tenantId: command.tenantId, carrier: command.carrier, codes } },
    ]);
  },
};
