import type { Decider } from '../shared/decider';
import type { OrderCommand } from './commands';
import * as E from 'fp-ts/Either';
import { type Decision, ORDER_NOT_FOUND } from './decision';
import type { OrderEvent } from './events';
import { recordDocumentsPrinted, recordLabelDataExported, setReceiptDetails } from './documents';
import { addOrderLine, editOrderContents } from './edit-decision';
import { bundleOrder, unbundleOrder, withBundleChange } from './bundle';
import { decideEnquiry } from './enquiries';
import { decideConfirm, decideEnter, decideImport, decideReject } from './intake';
import { editIndividualMessage, editShopMemo, editSlipNote, setShippingPlan, tag } from './shop-edits';
import { type ExistingOrder, type OrderState, evolveOrder } from './state';
import { recheck } from './recheck';
import { recordShippingResultsWritten } from './shipping-results';
import { recordMailFailed, recordMailSent, requestMail } from './mail';
import { setTrackingNumber } from './tracking';
import { advance, assignRoute, cancel, hold, move, release } from './workflow';

const decideExisting = (
  command: Exclude<OrderCommand, { type: 'ImportOrder' | 'EnterOrder' }>,
  order: ExistingOrder,
): Decision => {
  switch (command.type) {
    case 'AdvanceOrderStatus':
      return advance(order, command.untrackedSlipTypes);
    case 'MoveOrderStatus':
      return move(order, command.to, command.untrackedSlipTypes);
    case 'SetTrackingNumber':
      return setTrackingNumber(order, command, (o, event) => evolveOrder(o, event) as ExistingOrder);
    case 'AssignProcessingRoute':
      return assignRoute(order, command);
    case 'HoldOrder':
      return hold(order, command);
    case 'ReleaseOrder':
      return release(order);
    case 'RecheckOrder':
      return recheck(order, command);
    case 'CancelOrder':
      return cancel(order, command);
    case 'AddOrderTag':
    case 'RemoveOrderTag':
      return tag(order, command);
    case 'EditShopMemo':
      return editShopMemo(order, command.shopMemo);
    case 'EditSlipNote':
      return editSlipNote(order, command.slipNote);
    case 'EditIndividualMessage':
      return editIndividualMessage(order, command.individualMessage);
    case 'SetShippingPlan':
      return setShippingPlan(order, command);
    case 'ConfirmOrderChange':
      return withBundleChange(order, decideConfirm(command, order));
    case 'RejectOrderChange':
      return decideReject(command, order);
    case 'RecordDocumentsPrinted':
      return recordDocumentsPrinted(order, command);
    case 'SetReceiptDetails':
      return setReceiptDetails(order, command);
    case 'RecordLabelDataExported':
      return recordLabelDataExported(order, command);
    case 'RecordShippingResultsWritten':
      return recordShippingResultsWritten(order, command);
    case 'RequestMail':
      return requestMail(order, command);
    case 'RecordMailSent':
      return recordMailSent(order, command);
    case 'RecordMailFailed':
      return recordMailFailed(order, command);
    case 'ReceiveEnquiry':
    case 'AnswerEnquiry':
    case 'SetEnquiryState':
      return decideEnquiry(order, command);
    case 'EditOrderContents':
      return editOrderContents(order, command);
    case 'AddOrderLine':
      return addOrderLine(order, command);
    case 'BundleOrder':
      return bundleOrder(order, command);
    case 'UnbundleOrder':
      return unbundleOrder(order);
  }
};

/**
 * An order from any channel, from import to 処理済み. Statuses follow the order's processing route; 保留 and キャンセル
 * sit outside every route. The mall's data and the shop's data are kept apart so a re-import never undoes staff work.
 */
export const orderDecider: Decider<OrderCommand, OrderEvent, OrderState> = {
  initialState: () => ({ exists: false }),
  evolve: evolveOrder,
  decide: (command, state) => {
    if (command.type === 'ImportOrder')
      return state.exists ? withBundleChange(state, decideImport(command, state)) : decideImport(command, state);
    if (command.type === 'EnterOrder') return decideEnter(command, state);
    if (!state.exists) return E.left(ORDER_NOT_FOUND);
    return decideExisting(command, state);
  },
};
