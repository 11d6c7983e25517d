import * as E from 'fp-ts/Either';
import type { DatabasePool } from 'slonik';
import { type Caller, type CommandPipeline, commandRequest } from '../../application/commands/command-pipeline';
import type { Refusal } from '../../application/commands/refusals';
import type { SmtpSummary } from '../../domain/mail/mail-behaviour';
import { streamName } from '../../domain/shared/ids';
import { shopDecider } from '../../domain/shop/shop';
import { removeSmtpSettings, saveSmtpSettings, type SmtpSettingsInput, smtpSummary } from './smtp-settings-store';

const same = (a: SmtpSummary | null, b: SmtpSummary | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves (or, with null, removes) a shop of the caller's tenant's SMTP server and records the change in the shop's
 * history without the password. The caller checked the shop is the tenant's. A save that changes nothing (react-admin
 * sends the whole record back) writes nothing and records nothing.
 */
export async function changeShopSmtp(
  deps: { readonly db: DatabasePool; readonly pipeline: CommandPipeline },
  caller: Caller,
  shopId: string,
  input: SmtpSettingsInput | null,
): Promise<E.Either<Refusal, SmtpSummary | null>> {
  const { db, pipeline } = deps;
  const before = await smtpSummary(db, caller.tenantId, shopId);
  if (input === null && before === null) return E.right(null);
  let after: SmtpSummary | null = null;
  if (input === null) await removeSmtpSettings(db, caller.tenantId, shopId);
  else after = await saveSmtpSettings(db, caller.tenantId, shopId, input);
  if (same(before, after)) return E.right(after);
  const recorded = await pipeline.run(
    commandRequest(shopDecider, streamName.shop(shopId), {
      type: 'RecordShopSmtpChange',
      shopId,
      tenantId: caller.tenantId,
      smtp: after,
    }),
    caller,
  );
  return E.map(() => after)(recorded);
}
