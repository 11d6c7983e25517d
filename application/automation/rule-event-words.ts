import { MAIL_KIND_LABELS } from '../../domain/mail/mail-kind';
import type { OrderEvent } from '../../domain/order/events';
import { CARRIER_LABELS } from '../../domain/shared/carrier';

const CHANGED_PARTS: Readonly<Record<string, string>> = {
  orderedAt: '注文日時',
  orderer: '注文者',
  destinations: '商品・送付先',
  amounts: '金額',
  payment: '支払方法',
  gift: 'ギフト',
  buyerRemarks: '備考',
  remoteIsland: '離島フラグ',
};

/** What a rule did to an order, in the words the dry run lists: the same words for what it would do and what it did. */
export const ruleEventWords = (event: OrderEvent): string => {
  switch (event.type) {
    case 'OrderTagAdded':
      return `タグ「${event.data.tag}」`;
    case 'OrderRouteAssigned':
      return `処理ルート「${event.data.route.name}」`;
    case 'OrderHeld':
      return `保留ボックス${event.data.box}に保留（${event.data.reason.text}）`;
    case 'OrderShippingPlanSet': {
      const { shipping, plannedShipDate } = event.data;
      const carrier = shipping ? `${CARRIER_LABELS[shipping.carrier]} ${shipping.slipType}` : 'なし';
      return `配送方法 ${carrier}・出荷予定日 ${plannedShipDate ?? 'なし'}`;
    }
    case 'OrderEdited': {
      const parts = Object.keys(event.data.changes).map((part) => CHANGED_PARTS[part] ?? part);
      const added = 'destinations' in event.data.changes ? addedLines(event) : [];
      return `受注内容を編集（${[...parts, ...added].join('、')}）`;
    }
    case 'OrderShopMemoEdited':
      return `一言メモ「${event.data.shopMemo}」`;
    case 'OrderSlipNoteEdited':
      return `送り状記事欄「${event.data.slipNote}」`;
    case 'OrderIndividualMessageEdited':
      return `個別メッセージ「${event.data.individualMessage}」`;
    case 'MailRequested':
      return `${MAIL_KIND_LABELS[event.data.kind]}を送信`;
    case 'OrderBundleRequested':
      return '同梱候補とまとめる';
    default:
      return event.type;
  }
};

/** The lines an edit added or whose quantity it raised, as 「チラシ×1」. */
const addedLines = (event: Extract<OrderEvent, { type: 'OrderEdited' }>): string[] => {
  const change = event.data.changes.destinations;
  if (!change) return [];
  const count = (destinations: typeof change.before) => {
    const counts = new Map<string, number>();
    for (const line of destinations.flatMap((d) => d.lines))
      counts.set(`${line.sku}|${line.name}`, (counts.get(`${line.sku}|${line.name}`) ?? 0) + line.quantity);
    return counts;
  };
  const before = count(change.before);
  return [...count(change.after)]
    .filter(([key, quantity]) => quantity > (before.get(key) ?? 0))
    .map(([key, quantity]) => `${key.split('|')[1]}×${quantity - (before.get(key) ?? 0)}`);
};
