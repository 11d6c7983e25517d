import { Carrier } from '../../../domain/shared/carrier';

/** The carriers an order's shipping plan may name, in the domain's order; labels under oms.carrier.<key>. */
export const CARRIERS = Object.keys(Carrier.keys) as readonly Carrier[];
