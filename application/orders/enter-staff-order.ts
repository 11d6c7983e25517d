import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import type { EnterOrder } from '../../domain/order/commands';
import { orderDecider } from '../../domain/order/order';
import { orderNumberDecider } from '../../domain/order-number/order-number';
import { tokyoBusinessDate } from '../../domain/shared/dates';
import { staffOrderIdFor, streamName } from '../../domain/shared/ids';
import type { IntakePlanner } from '../automation/intake-planner';
import type { Answered, Caller, CommandPipeline } from '../commands/command-pipeline';
import type { Refusal } from '../commands/refusals';
import type { Clock } from '../ports/clock';
import { type IntakeShipping, NO_INTAKE_SHIPPING } from '../shops/shop-shipping-defaults';
import { orderDeciderFor } from './tenant-orders';

export type StaffOrderRequest = Omit<EnterOrder, 'type' | 'orderId' | 'orderNumber'>;

export type StaffOrderResult = Answered<unknown> & { readonly orderId: string; readonly orderNumber: string };

const PREVIEW_NUMBER = 'preview';

/**
 * 電話注文・店舗受注: check the order, take the next number of the day, enter the order under it. The order is checked
 * before a number is taken, so a typing mistake does not leave a gap in the day's numbers. The shop's defaults fill the
 * carrier, slip type and planned ship date the staff member left empty, in the OrderEnteredByStaff event itself; the
 * checks and automation rules (`intake`) run as for an import.
 */
export async function enterStaffOrder(
  pipeline: CommandPipeline,
  clock: Clock,
  typed: StaffOrderRequest,
  caller: Caller,
  intakeShipping: IntakeShipping = NO_INTAKE_SHIPPING,
  intake?: IntakePlanner,
): Promise<E.Either<Refusal, StaffOrderResult>> {
  const request = { ...typed, shopData: intakeShipping(typed.shopData, typed.mallData) };
  const preview = orderDecider.decide(
    { type: 'EnterOrder', orderId: PREVIEW_NUMBER, orderNumber: PREVIEW_NUMBER, ...request },
    orderDecider.initialState(),
  );
  if (E.isLeft(preview)) return E.left({ kind: 'rejected', error: preview.left });

  const { tenantId } = request;
  // The client's idempotency key names the number's reservation too: sending the same request twice enters one order
  // with one number. Without a key, one is made up so that both commands of this request share it.
  const requestId = caller.idempotencyKey ?? randomUUID();
  const keyed: Caller = { ...caller, tenantId, idempotencyKey: requestId };
  const day = tokyoBusinessDate(clock.now());
  const reserved = await pipeline.run(
    {
      decider: orderNumberDecider,
      streamName: streamName.staffOrderNumbers(tenantId, day),
      command: { type: 'ReserveOrderNumber', tenantId, day, channel: request.channel, requestId },
      commandName: 'ReserveOrderNumber',
      // Desks taking calls at the same moment race for the same number: the loser simply takes the next one.
      retries: 20,
    },
    keyed,
  );
  if (E.isLeft(reserved)) return reserved;
  const orderNumber = reserved.right.state.byRequest[requestId]!;
  const orderId = staffOrderIdFor(tenantId, orderNumber);
  // The same checks and rules as an import, in the same command as the order's creation.
  const [automation] = intake
    ? await intake.planBatch([{ ...request, orderId, orderNumber, mall: request.channel }])
    : [];
  const entered = await pipeline.run(
    {
      decider: orderDeciderFor,
      streamName: streamName.order(orderId),
      command: { type: 'EnterOrder', orderId, orderNumber, ...request, ...(automation && { automation }) },
      commandName: 'EnterOrder',
    },
    keyed,
  );
  return E.map((success: Answered<unknown>) => ({ ...success, orderId, orderNumber }))(entered);
}
