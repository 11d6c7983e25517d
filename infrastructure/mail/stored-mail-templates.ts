import type { DatabasePool } from 'slonik';
import { DEFAULT_TEMPLATES, type MailTemplate } from '../../application/mail/default-templates';
import type { MailTemplates } from '../../application/mail/ports';
import type { MailKind } from '../../domain/mail/mail-kind';
import { storedMailTemplate } from '../../projections/mail-templates/mail-template-queries';

/** The template a shop saved (the mail-templates read model), or the product's default when it kept none. */
export class StoredMailTemplates implements MailTemplates {
  constructor(private readonly db: DatabasePool) {}

  async forShop(tenantId: string, shopId: string, kind: MailKind): Promise<MailTemplate> {
    return (await storedMailTemplate(this.db, tenantId, shopId, kind)) ?? DEFAULT_TEMPLATES[kind];
  }
}
