import { describeAmountProblem, type AmountProblem } from '../order/amounts';
import type { CheckFinding, CheckKind } from './check-finding';

type Sentence = { readonly ja: string; readonly en: string };

/** Whose address a finding is about: お届け先2 (the second destination), or the orderer. */
const whose = (index: number | null): Sentence =>
  index === null ? { ja: '注文者', en: 'the orderer' } : { ja: `お届け先${index + 1}`, en: `destination ${index + 1}` };

/** The data of a finding recorded by an older version may lack a field: say so rather than print "undefined". */
const field = (data: Record<string, string>, name: string): string => data[name] ?? '?';

const address = ({ destinationIndex, data }: CheckFinding): Sentence => {
  const who = whose(destinationIndex);
  if (data.reason === 'malformed')
    return {
      ja: `${who.ja} の郵便番号「${field(data, 'postalCode')}」は7桁ではありません`,
      en: `the postal code "${field(data, 'postalCode')}" of ${who.en} is not 7 digits`,
    };
  const [code, expected, written] = [field(data, 'postalCode'), field(data, 'expected'), field(data, 'written')];
  return {
    ja: `郵便番号 ${code} は ${expected} ですが、住所は ${written} です（${who.ja}）`,
    en: `postal code ${code} is ${expected}, but the address is ${written} (${who.en})`,
  };
};

const houseNumber = ({ destinationIndex, data }: CheckFinding): Sentence => {
  const who = whose(destinationIndex);
  return {
    ja: `${who.ja} の住所に番地がありません（${field(data, 'address')}）`,
    en: `${who.en}'s address has no house number (${field(data, 'address')})`,
  };
};

const cautionArea = ({ destinationIndex, data }: CheckFinding): Sentence => {
  if (data.source === 'mall')
    return {
      ja: '楽天の離島フラグが付いた注文です（離島）',
      en: 'the mall (楽天) flags this order as 離島 (a remote island)',
    };
  const [place, labels, note] = [field(data, 'place'), field(data, 'labels'), data.note ?? ''];
  const who = whose(destinationIndex);
  return {
    ja: `${place} は 要注意発送地域（${labels}）です（${who.ja}）${note ? `: ${note}` : ''}`,
    en: `${place} (${who.en}) is a caution area (${labels})${note ? `: ${note}` : ''}`,
  };
};

const blacklist = ({ destinationIndex, data }: CheckFinding): Sentence => {
  if (data.matchedBy === 'customer')
    return { ja: '購入者はブラックリストに登録された顧客です', en: "the buyer's customer is blacklisted" };
  const who = whose(destinationIndex);
  const [name, reason] = [field(data, 'name'), data.reason ? `（${data.reason}）` : ''];
  return data.matchedBy === 'address'
    ? {
        ja: `${who.ja} の住所がブラックリストの顧客 ${name} と同じです${reason}`,
        en: `${who.en}'s address is that of the blacklisted customer ${name}${reason}`,
      }
    : {
        ja: `${who.ja} の氏名と電話番号がブラックリストの顧客 ${name} と同じです${reason}`,
        en: `${who.en}'s name and phone are those of the blacklisted customer ${name}${reason}`,
      };
};

const shipDate = ({ data }: CheckFinding): Sentence =>
  data.reason === 'missing'
    ? { ja: '出荷予定日がありません', en: 'no planned ship date' }
    : {
        ja: `出荷予定日 ${field(data, 'plannedShipDate')} は過ぎています（今日は ${field(data, 'today')}）`,
        en: `the planned ship date ${field(data, 'plannedShipDate')} has passed (today is ${field(data, 'today')})`,
      };

const deliveryDate = ({ destinationIndex, data }: CheckFinding): Sentence => {
  const who = whose(destinationIndex);
  const desired = field(data, 'desiredDate');
  if (data.reason === 'unreadable')
    return {
      ja: `${who.ja} のお届け希望日「${desired}」は日付として読めません`,
      en: `the desired delivery date "${desired}" of ${who.en} is not a date`,
    };
  if (data.reason === 'too_far')
    return {
      ja: `${who.ja} のお届け希望日 ${desired} は注文日から${field(data, 'maxDays')}日より先です（${field(data, 'latest')} まで）`,
      en: `the desired delivery date ${desired} of ${who.en} is more than ${field(data, 'maxDays')} days after the order date (latest ${field(data, 'latest')})`,
    };
  return {
    ja: `${who.ja} のお届け希望日 ${desired} には間に合いません: ${field(data, 'shipDate')} に出荷して ${field(data, 'prefecture')} まで${field(data, 'leadDays')}日、最短 ${field(data, 'earliest')} です`,
    en: `the desired delivery date ${desired} of ${who.en} cannot be met: shipped on ${field(data, 'shipDate')}, ${field(data, 'leadDays')} day(s) to ${field(data, 'prefecture')}, the earliest is ${field(data, 'earliest')}`,
  };
};

const amounts = ({ data }: CheckFinding): Sentence =>
  describeAmountProblem({
    code: data.code as AmountProblem['code'],
    stated: Number(data.stated),
    computed: Number(data.computed),
  });

const duplicate = ({ data }: CheckFinding): Sentence => ({
  ja: `同じ購入者・同じ商品の注文 ${field(data, 'orderNumber')}（${field(data, 'orderedAt')}）があります。重複の可能性があります`,
  en: `order ${field(data, 'orderNumber')} (${field(data, 'orderedAt')}) has the same buyer and items: a possible duplicate`,
});

const remarks = ({ data }: CheckFinding): Sentence =>
  data.keywords
    ? {
        ja: `備考にキーワード「${data.keywords}」があります: ${field(data, 'remarks')}`,
        en: `the remarks contain "${data.keywords}": ${field(data, 'remarks')}`,
      }
    : { ja: `備考あり: ${field(data, 'remarks')}`, en: `the buyer left remarks: ${field(data, 'remarks')}` };

const DESCRIPTIONS: Record<CheckKind, (finding: CheckFinding) => Sentence> = {
  address,
  house_number: houseNumber,
  caution_area: cautionArea,
  blacklist,
  ship_date: shipDate,
  delivery_date: deliveryDate,
  amounts,
  duplicate,
  remarks,
};

/**
 * A finding in the words staff read on the order and in the list:
 * 「郵便番号 530-0001 は 大阪府大阪市北区 ですが、住所は 東京都新宿区 です（お届け先1）」.
 */
export const describeFinding = (finding: CheckFinding): Sentence => DESCRIPTIONS[finding.check](finding);
