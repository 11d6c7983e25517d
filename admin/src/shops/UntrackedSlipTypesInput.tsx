import { CheckboxGroupInput, useRecordContext } from 'react-admin';

/**
 * Slip types shops ship under, the メール便 kinds among them; a carrier's own name for one the shop uses is offered too
 * (its default and COD slip types, and whatever it already lists), since slip types are the carriers' words, not ours.
 */
const COMMON_SLIP_TYPES = [
  '発払い',
  'コレクト',
  '宅急便コンパクト',
  'ネコポス',
  'クロネコゆうメール',
  '飛脚宅配便',
  '飛脚メール便',
  'ゆうパック',
  'ゆうパケット',
  'ゆうメール',
  'クリックポスト',
  'DM便',
  '定形外郵便',
];

interface ShopSlipTypes {
  readonly defaultSlipType?: string | null;
  readonly codSlipType?: string | null;
  readonly untrackedSlipTypes?: readonly string[];
}

/** 追跡番号のない便種: orders shipped under a checked slip type pass 伝票番号未設定 without a tracking number. */
export const UntrackedSlipTypesInput = () => {
  const record = useRecordContext<ShopSlipTypes & { id: string }>();
  const own = [record?.defaultSlipType, record?.codSlipType, ...(record?.untrackedSlipTypes ?? [])];
  const slipTypes = [...new Set([...COMMON_SLIP_TYPES, ...own.filter((s): s is string => !!s)])];
  return (
    <CheckboxGroupInput
      source="untrackedSlipTypes"
      choices={slipTypes.map((slipType) => ({ id: slipType, name: slipType }))}
      translateChoice={false}
      helperText="oms.shops.untracked_slip_types_help"
      // Sorted as the shop keeps them, so that saving an unchanged form changes nothing.
      parse={(value: string[] | undefined) => [...(value ?? [])].sort()}
    />
  );
};
