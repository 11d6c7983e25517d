import { ContainerModule } from 'inversify';
import { readFileSync } from 'node:fs';
import { shopMailSettings } from '../../projections/mail-settings/mail-settings-queries';
import { TOKENS } from '../container';
import { shopTransports } from '../mail/shop-transports';
import { readModelMailFacts } from '../mail/mail-facts';
import { signedMyPageLinks } from '../my-page/my-page-links';
import { outboxMailContents } from '../mail/mail-outbox';
import { untrackedSlipTypesOf } from '../../application/shops/untracked-slip-types';
import { listShops } from '../../projections/accounts/shop-queries';
import { StoredMailTemplates } from '../mail/stored-mail-templates';

/** Mail: each seam bound to its adapter. */
export const mailModule = new ContainerModule(({ bind }) => {
  bind(TOKENS.MailTemplates).toDynamicValue((c) => new StoredMailTemplates(c.get(TOKENS.Db)));
  bind(TOKENS.ShopMailSettings).toDynamicValue((c) => {
    const db = c.get(TOKENS.Db);
    return { forShop: (tenantId, shopId) => shopMailSettings(db, tenantId, shopId) };
  });
  bind(TOKENS.ShopTransports).toDynamicValue((c) => {
    const caFile = c.get(TOKENS.Config).smtpCaFile;
    return shopTransports(c.get(TOKENS.Db), { extraCa: caFile ? readFileSync(caFile, 'utf8') : undefined });
  });
  bind(TOKENS.MailTransports).toDynamicValue((c) => c.get(TOKENS.ShopTransports));
  bind(TOKENS.MailFacts).toDynamicValue((c) => readModelMailFacts(c.get(TOKENS.Db)));
  bind(TOKENS.MyPageLinks).toDynamicValue((c) =>
    signedMyPageLinks(c.get(TOKENS.Db), c.get(TOKENS.Clock), c.get(TOKENS.Config).publicUrl),
  );
  bind(TOKENS.MailPreparation).toDynamicValue((c) => ({
    templates: c.get(TOKENS.MailTemplates),
    settings: c.get(TOKENS.ShopMailSettings),
    facts: c.get(TOKENS.MailFacts),
    myPageLinks: c.get(TOKENS.MyPageLinks),
  }));
  bind(TOKENS.MailRequests).toDynamicValue((c) => {
    const [db, store, registry] = [c.get(TOKENS.Db), c.get(TOKENS.EventStore), c.get(TOKENS.Registry)];
    return {
      pipeline: c.get(TOKENS.Pipeline),
      contents: outboxMailContents(db),
      untrackedSlipTypes: async (tenantId: string) =>
        untrackedSlipTypesOf(
          store,
          registry,
          tenantId,
          (await listShops(db, tenantId)).map((shop) => shop.id),
        ),
    };
  });
});
