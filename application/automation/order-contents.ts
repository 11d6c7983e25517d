import type { RemarksEdit, RuleAction } from '../../domain/automation/rule';
import { editRemarks } from '../../domain/automation/remarks-edit';
import { addLine } from '../../domain/order/edit-contents';
import type { MallOrderData } from '../../domain/order/order-data';

type AddItem = Extract<RuleAction, { kind: 'add_item' }>;

/** 商品の自動追加: the item goes into the first destination's parcel, amounts worked out again (addLine). */
export const addItem = (mallData: MallOrderData, { sku, name, unitPrice, quantity, taxRate }: AddItem): MallOrderData =>
  addLine(mallData, 0, { sku, name, options: '', unitPrice, quantity, taxRate });

/**
 * 注文備考欄の自動編集: the remarks without the mall's boilerplate, and a delivery date written in them as the desired
 * date of each destination that has none (the text keeps the date, so staff still see what the buyer wrote).
 */
export const editRemarksOf = (mallData: MallOrderData, edit: RemarksEdit): MallOrderData => {
  const { remarks, deliveryDate } = editRemarks(mallData.buyerRemarks, edit, mallData.orderedAt);
  return {
    ...mallData,
    buyerRemarks: remarks,
    destinations: mallData.destinations.map((d) =>
      deliveryDate && d.delivery.desiredDate === null
        ? { ...d, delivery: { ...d.delivery, desiredDate: deliveryDate } }
        : d,
    ),
  };
};
