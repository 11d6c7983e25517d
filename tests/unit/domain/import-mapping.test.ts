import type { ImportMappingDefined } from '../../../domain/import-mapping/events';
import { importMappingDecider } from '../../../domain/import-mapping/import-mapping';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(importMappingDecider);
const mapping = {
  delimiter: ',',
  fields: { orderNumber: '受注番号', 'orderer.name': '購入者名' },
  paymentMethods: { ｸﾚｼﾞｯﾄ: 'credit_card' },
};
const define = {
  type: 'DefineImportMapping',
  mappingId: 'm-1',
  tenantId: 't-1',
  shopId: 's-1',
  name: ' ヤマダモール ',
  mapping,
} as const;
const defined: ImportMappingDefined = {
  type: 'ImportMappingDefined',
  data: { mappingId: 'm-1', tenantId: 't-1', shopId: 's-1', name: 'ヤマダモール', mapping },
};
const changed = { ...mapping, fields: { ...mapping.fields, 'orderer.kana': '購入者名（カナ）' } };

describe('ImportMapping (取込設定)', () => {
  test('a shop saves a mapping under a trimmed name', () => spec.given([]).when(define).then([defined]));
  test('a name is needed, at most 50 characters, once per shop', () => {
    spec
      .given([])
      .when({ ...define, name: '　' })
      .thenRefuses('import_mapping.empty_name', '名前');
    spec
      .given([])
      .when({ ...define, name: '髙'.repeat(51) })
      .thenRefuses('import_mapping.name_too_long', '50');
    spec.given([defined]).when(define).thenRefuses('import_mapping.name_taken', 'ヤマダモール');
  });
  test('the mapping changes; the same mapping again changes nothing', () => {
    spec
      .given([defined])
      .when({ type: 'ChangeImportMapping', tenantId: 't-1', mapping: changed })
      .then([{ type: 'ImportMappingChanged', data: { mappingId: 'm-1', mapping: changed } }]);
    spec.given([defined]).when({ type: 'ChangeImportMapping', tenantId: 't-1', mapping }).then([]);
  });
  test('a deleted mapping is gone and its name free again', () => {
    spec
      .given([defined])
      .when({ type: 'DeleteImportMapping', tenantId: 't-1' })
      .then([{ type: 'ImportMappingDeleted', data: { mappingId: 'm-1' } }]);
    const deleted = { type: 'ImportMappingDeleted', data: { mappingId: 'm-1' } } as const;
    spec
      .given([defined, deleted])
      .when({ type: 'DeleteImportMapping', tenantId: 't-1' })
      .thenRefuses('import_mapping.not_found');
    spec.given([defined, deleted]).when(define).then([defined]);
  });
  test("another tenant's mapping does not exist for this one", () => {
    spec
      .given([defined])
      .when({ type: 'ChangeImportMapping', tenantId: 't-2', mapping: changed })
      .thenRefuses('import_mapping.not_found');
    spec
      .given([defined])
      .when({ type: 'DeleteImportMapping', tenantId: 't-2' })
      .thenRefuses('import_mapping.not_found');
  });
});
