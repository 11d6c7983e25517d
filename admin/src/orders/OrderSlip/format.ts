import type { Person } from '../../../../domain/order/order-data';

const whole = new Intl.NumberFormat('ja-JP');

/** ¥1,234; a deduction shows as −¥100 so it reads as money off, not a charge. */
export const yen = (amount: number): string => (amount < 0 ? `−¥${whole.format(-amount)}` : `¥${whole.format(amount)}`);

/** Written as on a label: prefecture, city and street run together, the building after a space. */
export const addressOf = (person: Person): string =>
  [`${person.prefecture}${person.city}${person.street}`, person.building].filter((part) => part !== '').join(' ');

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** 2026-12-24 → 2026/12/24(木): staff check delivery wishes against the weekday. */
export const dayWithWeekday = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return `${day.replace(/-/g, '/')}(${WEEKDAYS[date.getUTCDay()]})`;
};

const tokyo = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' });

/** Order times in Japan time, wherever the person reading is. */
export const tokyoDateTime = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : tokyo.format(date);
};
