import { checkAmounts } from '../order/amounts';
import { AMOUNTS_UNCONFIRMED } from '../order/amounts-to-confirm';
import type { CheckedOrder } from './check-context';
import type { CheckFinding } from './check-finding';

/**
 * Amounts that do not add up (`checkAmounts`, as the import records them), one finding per problem. An order whose
 * amounts are to confirm has that one problem instead: its 0 yen lines would only say they do not add up.
 */
export const checkOrderAmounts = (order: CheckedOrder): CheckFinding[] =>
  (order.amountsToConfirm ? [AMOUNTS_UNCONFIRMED] : checkAmounts(order.mallData)).map(({ code, stated, computed }) => ({
    check: 'amounts',
    destinationIndex: null,
    data: { code, stated: String(stated), computed: String(computed) },
  }));
