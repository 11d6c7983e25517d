import { CARRIER_CODES } from '../../domain/shipping/carrier-codes';
import type { ExistingOrder } from '../../domain/order/state';
import type { Carrier } from '../../domain/shared/carrier';

export interface TrackingLink {
  readonly destinationIndex: number;
  readonly carrier: Carrier;
  readonly trackingNumber: string;
  /** The carrier's tracking page; null for a carrier whose numbers cannot be linked to. */
  readonly url: string | null;
}

export const trackingUrl = (carrier: Carrier, trackingNumber: string): string | null =>
  CARRIER_CODES[carrier].trackingUrl?.(trackingNumber) ?? null;

/** Each destination's current number with its link, by destination index; destinations without one are left out. */
export const trackingLinks = (order: Pick<ExistingOrder, 'tracking'>): TrackingLink[] =>
  Object.entries(order.tracking.current)
    .map(([index, { carrier, trackingNumber }]) => ({
      destinationIndex: Number(index),
      carrier,
      trackingNumber,
      url: trackingUrl(carrier, trackingNumber),
    }))
    .sort((a, b) => a.destinationIndex - b.destinationIndex);
