import { INDIVIDUAL_MESSAGE_MAX, SHOP_MEMO_MAX, SLIP_NOTE_MAX } from '../../../../domain/order/shop-edits';
import type { ShopOrderData } from '../../../../domain/order/order-data';
import { EditableText } from './EditableText';
import { ShippingPlanEditor } from './ShippingPlanEditor';
import { SlipSection } from './SlipSection';
import { TagsEditor } from './TagsEditor';

/** What the shop owns on the order, each field edited in place by its own command; a re-import never touches these. */
export const ShopFieldsEditor = ({ shopData }: { shopData: ShopOrderData }) => (
  <SlipSection title="oms.order_slip.shop_fields" side="shop">
    <ShippingPlanEditor shopData={shopData} />
    <EditableText
      label="oms.order_slip.shop_memo"
      value={shopData.shopMemo}
      command="edit-memo"
      field="shopMemo"
      maxLength={SHOP_MEMO_MAX}
      cannedCategory="memo"
    />
    <EditableText
      label="oms.order_slip.slip_note"
      value={shopData.slipNote}
      command="edit-slip-note"
      field="slipNote"
      maxLength={SLIP_NOTE_MAX}
    />
    <EditableText
      label="oms.order_slip.individual_message"
      value={shopData.individualMessage}
      command="edit-individual-message"
      field="individualMessage"
      maxLength={INDIVIDUAL_MESSAGE_MAX}
      cannedCategory="mail"
    />
    <TagsEditor tags={shopData.tags} />
  </SlipSection>
);
