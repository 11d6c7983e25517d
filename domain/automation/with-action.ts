import type { ShopOrderData } from '../order/order-data';
import { addBusinessDays, type IsClosedDay } from '../shared/business-days';
import { tokyoBusinessDate } from '../shared/dates';
import { sameText } from './normalize-text';
import { editRemarks } from './remarks-edit';
import type { RuleAction } from './rule';
import type { RuleFacts } from './rule-facts';

/** A line added to a text field (一言メモ, 送り状記事欄, 個別メッセージ), once: two rules may add to the same field. */
const withLine = (text: string, line: string): string =>
  line.trim() === '' || text.split('\n').includes(line) ? text : text === '' ? line : `${text}\n${line}`;

const withShopData = (facts: RuleFacts, change: Partial<ShopOrderData>): RuleFacts => ({
  ...facts,
  shopData: { ...facts.shopData, ...change },
});

const shipDateAfter = (facts: RuleFacts, days: number, isClosed: IsClosedDay): string | null => {
  const ordered = new Date(facts.mallData.orderedAt);
  if (Number.isNaN(ordered.getTime())) return facts.shopData.plannedShipDate;
  return addBusinessDays(tokyoBusinessDate(ordered), days, isClosed) ?? facts.shopData.plannedShipDate;
};

/**
 * The facts as the rules after this action see them: a tag added, the shipping, ship date and texts set, the remarks
 * edited (and a delivery date found in them given to destinations that had none). A route, a hold, an added item and a
 * mail or a merge change nothing a condition reads; item conditions read the lines as the mall sent them.
 * `isClosed` is the shop's calendar (public holidays and its own 休業日) for the planned ship date.
 */
export const withAction = (facts: RuleFacts, action: RuleAction, isClosed: IsClosedDay): RuleFacts => {
  const { shopData, mallData } = facts;
  switch (action.kind) {
    case 'tag':
      return action.tag.trim() === '' || shopData.tags.some((tag) => sameText(tag, action.tag))
        ? facts
        : withShopData(facts, { tags: [...shopData.tags, action.tag] });
    case 'shipping':
      return withShopData(facts, { shipping: { carrier: action.carrier, slipType: action.slipType } });
    case 'ship_date_offset':
      return withShopData(facts, { plannedShipDate: shipDateAfter(facts, action.days, isClosed) });
    case 'shop_memo':
      return withShopData(facts, { shopMemo: withLine(shopData.shopMemo, action.text) });
    case 'slip_note':
      return withShopData(facts, { slipNote: withLine(shopData.slipNote, action.text) });
    case 'individual_message':
      return withShopData(facts, { individualMessage: withLine(shopData.individualMessage, action.text) });
    case 'edit_remarks': {
      const edited = editRemarks(mallData.buyerRemarks, action.edit, mallData.orderedAt);
      const { deliveryDate } = edited;
      const destinations =
        deliveryDate === null
          ? mallData.destinations
          : mallData.destinations.map((d) =>
              d.delivery.desiredDate ? d : { ...d, delivery: { ...d.delivery, desiredDate: deliveryDate } },
            );
      return { ...facts, mallData: { ...mallData, buyerRemarks: edited.remarks, destinations } };
    }
    case 'route':
    case 'hold':
    case 'add_item':
    case 'mail':
    case 'bundle':
      return facts;
  }
};
