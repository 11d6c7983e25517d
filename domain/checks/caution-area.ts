import type { CheckContext, CheckedOrder } from './check-context';
import type { CautionArea, CautionAreaKey, CheckFinding } from './check-finding';
import { recipientsOf } from './people';
import { compactText, leadingPrefecture, postalDigits } from './normalise';

interface Destination {
  readonly postal: string | undefined;
  readonly prefecture: string;
  readonly address: string;
}

/** An address prefix matches with or without its prefecture written (沖縄県八重山郡与那国町 / 八重山郡与那国町). */
const startsWithPrefix = (d: Destination, prefix: string): boolean => {
  const wanted = compactText(prefix);
  if (d.address.startsWith(wanted)) return true;
  const prefecture = leadingPrefecture(wanted);
  if (prefecture === undefined || (d.prefecture !== '' && d.prefecture !== prefecture)) return false;
  const withoutPrefecture = d.address.startsWith(prefecture) ? d.address.slice(prefecture.length) : d.address;
  return withoutPrefecture.startsWith(wanted.slice(prefecture.length));
};

const matches = (key: CautionAreaKey, d: Destination): boolean => {
  switch (key.kind) {
    case 'postal':
      return d.postal !== undefined && d.postal === postalDigits(key.code);
    case 'postal_range': {
      const [from, to] = [postalDigits(key.from), postalDigits(key.to)];
      return d.postal !== undefined && from !== undefined && to !== undefined && from <= d.postal && d.postal <= to;
    }
    case 'address_prefix':
      return startsWithPrefix(d, key.prefix);
  }
};

const joined = (texts: readonly string[]): string => [...new Set(texts)].filter((t) => t !== '').join('・');

/**
 * 要注意発送地域 and 離島: a destination in an area of the shop's table (for every carrier, or for the order's), and
 * 楽天's own 離島 flag. An area kept for some carriers does not trip before the order has a carrier.
 */
export const checkCautionArea = (order: CheckedOrder, context: CheckContext): CheckFinding[] => {
  const carrier = order.shopData.shipping?.carrier;
  const areas = context.cautionAreas.filter(
    (a) => a.carriers.length === 0 || (carrier !== undefined && a.carriers.includes(carrier)),
  );
  const fromTable = recipientsOf(order).flatMap(({ destinationIndex, person }): CheckFinding[] => {
    const destination: Destination = {
      postal: postalDigits(person.postalCode),
      prefecture: compactText(person.prefecture),
      address: compactText(`${person.prefecture}${person.city}${person.street}`),
    };
    const found: CautionArea[] = areas.filter((a) => matches(a.key, destination));
    if (found.length === 0) return [];
    const data = {
      source: 'table',
      place: `${person.prefecture}${person.city}`.trim(),
      labels: joined(found.flatMap((a) => a.labels)),
      note: joined(found.map((a) => a.note)),
      areaIds: found.map((a) => a.id).join(','),
    };
    return [{ check: 'caution_area', destinationIndex, data }];
  });
  const fromMall: CheckFinding[] = order.mallRemoteIsland
    ? [{ check: 'caution_area', destinationIndex: null, data: { source: 'mall', labels: '離島' } }]
    : [];
  return [...fromTable, ...fromMall];
};
