import { Router } from 'express';
import * as t from 'io-ts';
import { carrierAccountsRequest } from '../../../application/carrier-accounts/carrier-accounts';
import { CARRIER_CODE_MAX } from '../../../domain/carrier-accounts/carrier-accounts';
import { Carrier } from '../../../domain/shared/carrier';
import { carrierAccountsOf, findCarrierAccount } from '../../../projections/carrier-accounts/carrier-accounts-queries';
import { requireSignIn } from '../auth/authenticate';
import { requirePermission } from '../auth/require-permission';
import { tenantOf } from '../auth/tenant-scope';
import { answerCommand, callerOf } from '../command-answer';
import { NOT_FOUND } from '../errors';
import { boundedText } from '../input-codecs';
import { sendList } from '../ra-simple-rest';
import { decodeOr400 } from '../validation';
import type { SettingsRouterDependencies } from './settings-commands';

/** The characters are the decider's rule (422 with the reason); the shape and a runaway length are the request's (400). */
const code = boundedText(CARRIER_CODE_MAX * 2);
const AccountBody = t.partial({ customerCode: code, classCode: code, freightCode: code, shipperCode: code });
const CARRIERS = Object.keys(Carrier.keys) as Carrier[];

/**
 * `/api/carrier-accounts` (運送会社アカウント): the tenant's contract codes per carrier, written on every label. A code
 * not sent stays as it is; "" clears it.
 */
export function carrierAccountsRouter(deps: SettingsRouterDependencies): Router {
  const router = Router();
  router.use('/carrier-accounts', requireSignIn);
  const manage = requirePermission('settings.manage');

  router.get('/carrier-accounts', async (req, res) => {
    const tenantId = tenantOf(req);
    const stored = await carrierAccountsOf(deps.db, tenantId);
    const all = await Promise.all(CARRIERS.map((c) => stored.get(c) ?? findCarrierAccount(deps.db, tenantId, c)));
    sendList(res, 'carrier-accounts', all, 0, all.length);
  });

  router.get('/carrier-accounts/:carrier', async (req, res) => {
    const carrier = req.params.carrier;
    if (!Carrier.is(carrier)) return void res.status(404).json({ error: NOT_FOUND });
    res.json(await findCarrierAccount(deps.db, tenantOf(req), carrier));
  });

  router.put('/carrier-accounts/:carrier', manage, async (req, res) => {
    const carrier = req.params.carrier;
    if (!Carrier.is(carrier)) return void res.status(404).json({ error: NOT_FOUND });
    const body = decodeOr400(AccountBody, req.body ?? {}, res);
    if (!body) return;
    const caller = callerOf(req);
    // react-admin sends the whole record back; only the codes are the command's.
    const codes = Object.fromEntries(
      Object.keys(AccountBody.props).flatMap((field) => {
        const value = body[field as keyof typeof body];
        return value === undefined ? [] : [[field, value]];
      }),
    );
    const result = await deps.pipeline.run(
      carrierAccountsRequest({ type: 'SetCarrierAccount', tenantId: caller.tenantId, carrier, codes }),
      caller,
    );
    await answerCommand(res, result, () => findCarrierAccount(deps.db, caller.tenantId, carrier));
  });

  return router;
}
