import { accountsProjection } from './accounts/accounts-projection';
import { bulletinProjection } from './bulletin/bulletin-projection';
import { cannedPhrasesProjection } from './canned-phrases/canned-phrases-projection';
import { carrierAccountsProjection } from './carrier-accounts/carrier-accounts-projection';
import { enquiriesProjection } from './enquiries/enquiries-projection';
import { documentSettingsProjection } from './document-settings/document-settings-projection';
import { customLabelLayoutsProjection } from './custom-label-layouts/custom-label-layouts-projection';
import { customersProjection } from './customers/customers-projection';
import { importMappingsProjection } from './imports/import-mappings-projection';
import { importsProjection } from './imports/imports-projection';
import { labelKeysProjection } from './label-keys/label-keys-projection';
import { mailTemplatesProjection } from './mail-templates/mail-templates-projection';
import { mailSettingsProjection } from './mail-settings/mail-settings-projection';
import { mailOutboxProjection } from './mail-outbox/mail-outbox-projection';
import { operationHistoryProjection } from './operation-history/operation-history-projection';
import { orderSearchProjection } from './order-search/order-search-projection';
import type { AnyProjection } from './projection';
import { savedSearchProjection } from './saved-searches/saved-search-projection';
import { tenantSettingsProjection } from './tenant-settings/tenant-settings-projection';

export const allProjections: readonly AnyProjection[] = [
  accountsProjection,
  operationHistoryProjection,
  orderSearchProjection,
  customersProjection,
  bulletinProjection,
  savedSearchProjection,
  tenantSettingsProjection,
  importsProjection,
  importMappingsProjection,
  cannedPhrasesProjection,
  documentSettingsProjection,
  carrierAccountsProjection,
  customLabelLayoutsProjection,
  labelKeysProjection,
  enquiriesProjection,
  mailTemplatesProjection,
  mailSettingsProjection,
  mailOutboxProjection,
];
