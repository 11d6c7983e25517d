import * as E from 'fp-ts/Either';
import type { EnterOrder } from '../../domain/order/commands';
import { orderDecider } from '../../domain/order/order';
import { orderNumberDecider } from '../../domain/order-number/order-number';
import { tokyoBusinessDate } from '../../domain/shared/dates';
import { staffOrderIdFor, streamName } from '../../domain/shared/ids';
import type { CommandFailure, CommandHandler, CommandSuccess } from '../commands/command-handler';
import type { Clock } from '../ports/clock';
import { type IntakeShipping, NO_INTAKE_SHIPPING } from '../shops/shop-shipping-defaults';
import { orderDeciderFor } from './tenant-orders';

export type StaffOrderRequest = Omit<EnterOrder, 'type' | 'orderId' | 'orderNumber'>;

export interface StaffOrderContext {
  readonly actor: string;
  readonly correlationId: string;
  /** The client's idempotency key: sending the same request twice enters one order with one number. */
  readonly requestId: string;
}

export type StaffOrderResult = CommandSuccess<unknown> & { readonly orderId: string; readonly orderNumber: string };

const PREVIEW_NUMBER = 'preview';

/**
 * 電話注文・店舗受注: check the order, take the next number of the day, enter the order under it. The order is checked
 * before a number is taken, so a typing mistake does not leave a gap in the day's numbers. The shop's defaults fill the
 * carrier, slip type and planned ship date the staff member left empty, in the OrderEnteredByStaff event itself.
 */
export async function enterStaffOrder(
  commands: CommandHandler,
  clock: Clock,
  typed: StaffOrderRequest,
  context: StaffOrderContext,
  intakeShipping: IntakeShipping = NO_INTAKE_SHIPPING,
): Promise<E.Either<CommandFailure, StaffOrderResult>> {
  const request = { ...typed, shopData: intakeShipping(typed.shopData, typed.mallData) };
  const preview = orderDecider.decide(
    { type: 'EnterOrder', orderId: PREVIEW_NUMBER, orderNumber: PREVIEW_NUMBER, ...request },
    orderDecider.initialState(),
  );
  if (E.isLeft(preview)) return E.left({ kind: 'rejected', error: preview.left });

  const { tenantId } = request;
  const base = { tenantId, actor: context.actor, correlationId: context.correlationId };
  const day = tokyoBusinessDate(clock.now());
  const reserved = await commands.handle(
    orderNumberDecider,
    streamName.staffOrderNumbers(tenantId, day),
    { type: 'ReserveOrderNumber', tenantId, day, channel: request.channel, requestId: context.requestId },
    { ...base, commandId: `${context.requestId}:order-number` },
    // Desks taking calls at the same moment race for the same number: the loser simply takes the next one.
    { commandName: 'ReserveOrderNumber', retries: 20 },
  );
  if (E.isLeft(reserved)) return reserved;
  const orderNumber = reserved.right.state.byRequest[context.requestId]!;
  const orderId = staffOrderIdFor(tenantId, orderNumber);
  const entered = await commands.handle(
    orderDeciderFor(tenantId),
    streamName.order(orderId),
    { type: 'EnterOrder', orderId, orderNumber, ...request },
    { ...base, commandId: `${context.requestId}:enter` },
    { commandName: 'EnterOrder' },
  );
  return E.map((success: CommandSuccess<unknown>) => ({ ...success, orderId, orderNumber }))(entered);
}
