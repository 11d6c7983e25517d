import * as t from 'io-ts';
import { type WorkflowStatus, WorkflowStatus as WorkflowStatusCodec, rank } from './status';

/**
 * A processing route (処理ルート) as the tenant configured it when the command was given. The order keeps its own copy,
 * because the decider cannot read tenant settings and a later edit of the route must not move orders already on it.
 */
export const ProcessingRoute = t.strict({ routeId: t.string, name: t.string, statuses: t.array(WorkflowStatusCodec) });
export type ProcessingRoute = t.TypeOf<typeof ProcessingRoute>;

export const STANDARD_ROUTE: ProcessingRoute = {
  routeId: 'standard',
  name: '標準',
  statuses: [
    'new',
    'awaiting_payment',
    'awaiting_shipment',
    'awaiting_documents',
    'awaiting_tracking_number',
    'awaiting_shipping_mail',
    'completed',
  ],
};

/** A route is valid when it keeps the canonical order, repeats nothing and ends in 処理済み, so every order can finish. */
export const isValidRoute = (route: ProcessingRoute): boolean =>
  route.statuses.length > 0 &&
  route.statuses.at(-1) === 'completed' &&
  route.statuses.every((status, i) => i === 0 || rank(route.statuses[i - 1]!) < rank(status));

export const isOnRoute = (route: ProcessingRoute, status: WorkflowStatus): boolean => route.statuses.includes(status);

export const nextOnRoute = (route: ProcessingRoute, status: WorkflowStatus): WorkflowStatus | undefined => {
  const index = route.statuses.indexOf(status);
  return index < 0 ? undefined : route.statuses[index + 1];
};
