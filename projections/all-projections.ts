import { accountsProjection } from './accounts/accounts-projection';
import { operationHistoryProjection } from './operation-history/operation-history-projection';
import { orderSearchProjection } from './order-search/order-search-projection';
import type { Projection } from './projection';

export const allProjections: readonly Projection[] = [accountsProjection, operationHistoryProjection, orderSearchProjection];
