import { ContainerModule } from 'inversify';
import { DEFAULT_TEMPLATES } from '../../application/mail/default-templates';
import { DEFAULT_SHOP_MAIL_SETTINGS } from '../../application/mail/ports';
import { TOKENS } from '../container';
import { catcherTransports } from '../mail/mail-catcher';
import { readModelMailFacts } from '../mail/mail-facts';
import { outboxMailContents } from '../mail/mail-outbox';
import { untrackedSlipTypesOf } from '../../application/shops/untracked-slip-types';
import { listShops } from '../../projections/accounts/shop-queries';

/** Mail: each seam bound to its adapter. */
export const mailModule = new ContainerModule(({ bind }) => {
  bind(TOKENS.MailTemplates).toConstantValue({ forShop: async (_tenantId, _shopId, kind) => DEFAULT_TEMPLATES[kind] });
  bind(TOKENS.ShopMailSettings).toConstantValue({ forShop: async () => DEFAULT_SHOP_MAIL_SETTINGS });
  bind(TOKENS.MailTransports).toDynamicValue((c) => catcherTransports(c.get(TOKENS.Db)));
  bind(TOKENS.MailFacts).toDynamicValue((c) => readModelMailFacts(c.get(TOKENS.Db)));
  bind(TOKENS.MyPageLinks).toConstantValue({ urlFor: async () => null });
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
