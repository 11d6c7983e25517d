import { carrierAccountsDecider, NO_CODES } from '../../../domain/carrier-accounts/carrier-accounts';
import type { CarrierAccountEvent } from '../../../domain/carrier-accounts/events';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(carrierAccountsDecider);
const tenantId = 't-1';
const yamatoSet = (codes: Partial<typeof NO_CODES>): CarrierAccountEvent => ({
  type: 'CarrierAccountSet',
  data: { tenantId, carrier: 'yamato', codes: { ...NO_CODES, ...codes } },
});

describe('Carrier accounts (運送会社アカウント)', () => {
  test('Yamato keeps 請求先顧客コード, 分類コード and 運賃管理番号, trimmed', () =>
    spec
      .given([])
      .when({
        type: 'SetCarrierAccount',
        tenantId,
        carrier: 'yamato',
        codes: { customerCode: ' 012345678901 ', classCode: '', freightCode: '01' },
      })
      .then([yamatoSet({ customerCode: '012345678901', freightCode: '01' })]));

  test('a code not given stays; "" clears one', () =>
    spec
      .given([yamatoSet({ customerCode: '012345678901', freightCode: '01' })])
      .when({ type: 'SetCarrierAccount', tenantId, carrier: 'yamato', codes: { freightCode: '', classCode: '001' } })
      .then([yamatoSet({ customerCode: '012345678901', classCode: '001' })]));

  test('setting the same codes again records nothing', () =>
    spec
      .given([yamatoSet({ customerCode: '012345678901' })])
      .when({ type: 'SetCarrierAccount', tenantId, carrier: 'yamato', codes: { customerCode: '012345678901' } })
      .then([]));

  test('each carrier keeps its own codes', () =>
    spec
      .given([yamatoSet({ customerCode: '012345678901' })])
      .when({ type: 'SetCarrierAccount', tenantId, carrier: 'seino', codes: { shipperCode: '12345678901' } })
      .then([
        {
          type: 'CarrierAccountSet',
          data: { tenantId, carrier: 'seino', codes: { ...NO_CODES, shipperCode: '12345678901' } },
        },
      ]));

  test.each([
    ['a code the carrier has no column for', 'sagawa', { freightCode: '01' }, 'carrier_account.field_not_used'],
    ['full-width digits', 'japanpost', { customerCode: '０１２３' }, 'carrier_account.invalid_code'],
    ['a code longer than any column', 'sagawa', { customerCode: '1'.repeat(21) }, 'carrier_account.invalid_code'],
  ] as const)('%s is refused', (_name, carrier, codes, code) =>
    spec.given([]).when({ type: 'SetCarrierAccount', tenantId, carrier, codes }).thenRefuses(code),
  );
});
