import type { RemarksEdit, RuleAction } from '../../domain/automation/rule';
import { addLine } from '../../domain/order/edit-contents';
import type { MallOrderData } from '../../domain/order/order-data';

type AddItem = Extract<RuleAction, { kind: 'add_item' }>;

/** 商品の自動追加: the item goes into the first destination's parcel, amounts worked out again (addLine). */
export const addItem = (mallData: MallOrderData, { sku, name, unitPrice, quantity, taxRate }: AddItem): MallOrderData =>
  addLine(mallData, 0, { sku, name, options: '', unitPrice, quantity, taxRate });

/** 注文備考欄の自動編集. PLACEHOLDER until editRemarks lands: changes nothing. */
export const editRemarksOf = (mallData: MallOrderData, _edit: RemarksEdit): MallOrderData => mallData;
