import { send } from './orders';

export interface DeliveryAlarm {
  readonly count: number;
  /** The order list's filter that lists the counted orders. */
  readonly filter: Record<string, unknown>;
}

/** What `GET /api/delivery-alarms` answers: counts for today-or-earlier, tomorrow and the day after, in Tokyo dates. */
export interface DeliveryAlarms {
  readonly today: string;
  readonly dueOrOverdue: DeliveryAlarm;
  readonly tomorrow: DeliveryAlarm;
  readonly dayAfterTomorrow: DeliveryAlarm;
}

export const dashboardApi = {
  deliveryAlarms: () => send<DeliveryAlarms>('/delivery-alarms'),
};
