import { send } from '../dataProvider/orders';

/** One order as 同梱候補 and the 同梱 panel list it. */
export interface BundledOrder {
  readonly id: string;
  readonly orderNumber: string;
  readonly mall: string;
  readonly status: string;
  readonly orderedAt: string;
  readonly ordererName: string;
  readonly billed: number;
}

export interface CandidateGroup {
  readonly id: string;
  readonly mall: string | null;
  readonly orders: readonly BundledOrder[];
}

export const bundleApi = {
  settings: () => send<{ bundleAcrossMalls: boolean }>('/bundling-settings'),
  setAcrossMalls: (bundleAcrossMalls: boolean) =>
    send<{ bundleAcrossMalls: boolean }>('/bundling-settings', {
      method: 'PUT',
      body: JSON.stringify({ bundleAcrossMalls }),
    }),
  candidates: () => send<CandidateGroup[]>('/bundle-candidates'),
  bundle: (ids: readonly string[]) =>
    send<{ bundleId: string; orderIds: string[] }>('/orders/commands/bundle', {
      method: 'POST',
      body: JSON.stringify({ ids }),
    }),
  unbundle: (orderId: string) =>
    send<{ bundleId: string; orderIds: string[] }>(`/orders/${orderId}/commands/unbundle`, { method: 'POST' }),
};
