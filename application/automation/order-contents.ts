import type { RemarksEdit, RuleAction } from '../../domain/automation/rule';
import type { MallOrderData } from '../../domain/order/order-data';

type AddItem = Extract<RuleAction, { kind: 'add_item' }>;

/** 商品の自動追加: the item goes into the first destination's parcel. PLACEHOLDER until addLine lands. */
export const addItem = (mallData: MallOrderData, item: AddItem): MallOrderData => {
  const [first, ...rest] = mallData.destinations;
  if (!first) return mallData;
  const { sku, name, unitPrice, quantity, taxRate } = item;
  return {
    ...mallData,
    destinations: [
      { ...first, lines: [...first.lines, { sku, name, options: '', unitPrice, quantity, taxRate }] },
      ...rest,
    ],
  };
};

/** 注文備考欄の自動編集. PLACEHOLDER until editRemarks lands: changes nothing. */
export const editRemarksOf = (mallData: MallOrderData, _edit: RemarksEdit): MallOrderData => mallData;
