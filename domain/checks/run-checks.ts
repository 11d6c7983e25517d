import { checkAddress } from './address';
import { checkOrderAmounts } from './amounts';
import { checkBlacklist } from './blacklist';
import { checkCautionArea } from './caution-area';
import type { CheckContext, CheckedOrder } from './check-context';
import { CHECK_KINDS, type CheckFinding, type CheckKind } from './check-finding';
import { checkDeliveryDate } from './delivery-date';
import { checkDuplicate } from './duplicate';
import { checkHouseNumber } from './house-number';
import { checkRemarks } from './remarks';
import { checkShipDate } from './ship-date';

type Check = (order: CheckedOrder, context: CheckContext) => CheckFinding[];

/** One function per check; a Record so that a new CheckKind without its check does not compile. */
const CHECKS: Record<CheckKind, Check> = {
  address: checkAddress,
  house_number: checkHouseNumber,
  caution_area: checkCautionArea,
  blacklist: checkBlacklist,
  ship_date: checkShipDate,
  delivery_date: checkDeliveryDate,
  amounts: checkOrderAmounts,
  duplicate: checkDuplicate,
  remarks: checkRemarks,
};

/** Every check the shop has on (mode not `off`), in CHECK_KINDS order: what tripped. */
export const runChecks = (order: CheckedOrder, context: CheckContext): CheckFinding[] =>
  CHECK_KINDS.filter((kind) => context.settings.checks[kind].mode !== 'off').flatMap((kind) =>
    CHECKS[kind](order, context),
  );
