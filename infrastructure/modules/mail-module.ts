import { ContainerModule } from 'inversify';
import { DEFAULT_TEMPLATES } from '../../application/mail/default-templates';
import { readFileSync } from 'node:fs';
import { shopMailSettings } from '../../projections/mail-settings/mail-settings-queries';
import { TOKENS } from '../container';
import { shopTransports } from '../mail/shop-transports';
import { readModelMailFacts } from '../mail/mail-facts';

/** Mail: each seam bound to its adapter. */
export const mailModule = new ContainerModule(({ bind }) => {
  bind(TOKENS.MailTemplates).toConstantValue({ forShop: async (_tenantId, _shopId, kind) => DEFAULT_TEMPLATES[kind] });
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
  bind(TOKENS.MyPageLinks).toConstantValue({ urlFor: async () => null });
  bind(TOKENS.MailPreparation).toDynamicValue((c) => ({
    templates: c.get(TOKENS.MailTemplates),
    settings: c.get(TOKENS.ShopMailSettings),
    facts: c.get(TOKENS.MailFacts),
    myPageLinks: c.get(TOKENS.MyPageLinks),
  }));
});
