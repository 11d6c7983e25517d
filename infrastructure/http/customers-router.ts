import { type Request, type Response, Router } from 'express';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import type { DatabasePool } from 'slonik';
import { type CustomerCommand, customerDecider } from '../../domain/customer/customer';
import { domainError } from '../../domain/shared/decider';
import { isUuid, streamName } from '../../domain/shared/ids';
import { CUSTOMER_SORTS, findCustomer, listCustomers } from '../../projections/customers/customer-queries';
import { requireSignIn } from './auth/authenticate';
import { requirePermission } from './auth/require-permission';
import { tenantOf } from './auth/tenant-scope';
import { listParamsOr400 } from './list-params';
import { sendList } from './ra-simple-rest';
import { requiredText } from './required-text';
import { callerOf, markReadModels, sendRefusal } from './command-answer';
import { type CommandPipeline, commandRequest } from '../../application/commands/command-pipeline';
import { decodeOr400 } from './validation';
import { Count, SearchText } from './input-codecs';

/** The list's `filter` parameter: every field optional and checked; fields it does not know are dropped. */
const CustomerFilter = t.exact(t.partial({ q: SearchText, blacklisted: t.boolean, minPurchaseCount: Count }));

/** The customer commands by the name in `/commands/<name>`, each with its body and the domain command it becomes. */
const COMMANDS = {
  blacklist: {
    body: t.type({ reason: requiredText(500) }),
    toCommand: (customerId: string, b: { reason: string }): CustomerCommand => ({
      type: 'BlacklistCustomer',
      customerId,
      reason: b.reason,
    }),
  },
  'remove-from-blacklist': {
    body: t.type({}),
    toCommand: (customerId: string): CustomerCommand => ({ type: 'RemoveCustomerFromBlacklist', customerId }),
  },
} as const;

const CUSTOMER_NOT_FOUND = domainError('customer.not_found', '顧客が見つかりません', 'no such customer');

/** `/api/customers` (顧客): the customer list, each customer with the purchase history, and blacklisting. */
export function customersRouter(deps: { readonly db: DatabasePool; readonly pipeline: CommandPipeline }): Router {
  const router = Router();
  router.use('/customers', requireSignIn);

  router.get('/customers', async (req, res) => {
    const params = listParamsOr400(
      req,
      res,
      CUSTOMER_SORTS,
      { field: 'lastPurchaseAt', order: 'DESC' },
      CustomerFilter,
    );
    if (!params) return;
    const { rows, total } = await listCustomers(deps.db, tenantOf(req), {
      ...params.filter,
      sort: params.sort,
      offset: params.offset,
      limit: params.limit,
    });
    sendList(res, 'customers', rows, params.offset, total);
  });

  router.get('/customers/:id', async (req, res) => {
    // Another tenant's customer is "not found", exactly like a customer that does not exist.
    const customer = isUuid(req.params.id) ? await findCustomer(deps.db, tenantOf(req), req.params.id) : null;
    if (customer) res.json(customer);
    else res.status(404).json({ error: CUSTOMER_NOT_FOUND });
  });

  router.post(
    '/customers/:id/commands/:name',
    requirePermission('customers.manage'),
    async (req: Request, res: Response) => {
      const name = req.params.name as string;
      if (!Object.hasOwn(COMMANDS, name)) {
        res
          .status(404)
          .json({ error: { code: 'unknown_command', ja: `${name} という操作はありません`, en: `no command ${name}` } });
        return;
      }
      const spec = COMMANDS[name as keyof typeof COMMANDS];
      const body = decodeOr400(spec.body, req.body ?? {}, res);
      if (!body) return;
      const id = req.params.id as string;
      // The customer list knows which customers the tenant has (they come from its orders); the stream only from the first
      // decision on. Another tenant's customer is "not found", exactly like one that does not exist.
      if (!isUuid(id) || !(await findCustomer(deps.db, tenantOf(req), id))) {
        res.status(404).json({ error: CUSTOMER_NOT_FOUND });
        return;
      }
      const command = (spec.toCommand as (customerId: string, b: unknown) => CustomerCommand)(id, body);
      const result = await deps.pipeline.run(
        commandRequest(customerDecider, streamName.customer(id), command),
        callerOf(req),
      );
      if (E.isLeft(result)) {
        sendRefusal(res, result.left);
        return;
      }
      markReadModels(res, result.right);
      res.json(await findCustomer(deps.db, tenantOf(req), id));
    },
  );

  return router;
}
