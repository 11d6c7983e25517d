import { DateTime } from 'luxon';
import type { Person } from '../../domain/order/order-data';

/** Money as Japanese business documents print it: ¥12,345 (integer yen; a negative amount as −¥100). */
export function yen(amount: number): string {
  const digits = Math.abs(amount).toLocaleString('ja-JP');
  return amount < 0 ? `−¥${digits}` : `¥${digits}`;
}

/** A date as 2026年12月6日, the day in Japan whatever the offset of the ISO text. */
export function japaneseDate(iso: string): string {
  const day = DateTime.fromISO(iso, { setZone: false }).setZone('Asia/Tokyo');
  if (!day.isValid) return iso;
  return `${day.year}年${day.month}月${day.day}日`;
}

export function postalAddress(person: Person): string[] {
  const postal = person.postalCode.trim() === '' ? [] : [`〒${person.postalCode}`];
  const street = `${person.prefecture}${person.city}${person.street}`;
  return [...postal, street, ...(person.building.trim() === '' ? [] : [person.building])];
}
