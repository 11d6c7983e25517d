import type { PrintNameEvent } from '../../../domain/print-names/events';
import { printNamesDecider } from '../../../domain/print-names/print-names';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(printNamesDecider);
const set = (sku: string, name: string): PrintNameEvent => ({
  type: 'PrintNameSet',
  data: { tenantId: 't-1', sku, name },
});
const setName = (sku: string, name: string) => ({ type: 'SetPrintName', tenantId: 't-1', sku, name }) as const;

describe('帳票商品名', () => {
  test('a print name is set with its SKU and name trimmed', () =>
    spec
      .given([])
      .when(setName(' ABC-001 ', ' 髙橋農園の①みかん ～5kg～ '))
      .then([set('ABC-001', '髙橋農園の①みかん ～5kg～')]));

  test('the same name again writes nothing; a new name replaces it', () => {
    spec
      .given([set('ABC-001', 'みかん')])
      .when(setName('ABC-001', 'みかん'))
      .then([]);
    spec
      .given([set('ABC-001', 'みかん')])
      .when(setName('ABC-001', 'ﾐｶﾝ 5kg'))
      .then([set('ABC-001', 'ﾐｶﾝ 5kg')]);
  });

  test('an empty name removes it; removing what is not set writes nothing', () => {
    spec
      .given([set('ABC-001', 'みかん')])
      .when(setName('ABC-001', ' '))
      .then([{ type: 'PrintNameRemoved', data: { tenantId: 't-1', sku: 'ABC-001' } }]);
    spec
      .given([set('ABC-001', 'みかん')])
      .when(setName('ABC-002', ''))
      .then([]);
  });

  test('adding a SKU that has a print name already is refused', () => {
    spec
      .given([set('ABC-001', 'みかん')])
      .when({ ...setName('ABC-001', 'りんご'), onlyNew: true })
      .thenRefuses('print_name.already_defined', 'ABC-001');
    spec
      .given([])
      .when({ ...setName('ABC-001', 'りんご'), onlyNew: true })
      .then([set('ABC-001', 'りんご')]);
  });

  test('an empty SKU, a SKU over 100 and a name over 200 characters are refused', () => {
    spec.given([]).when(setName(' ', 'みかん')).thenRefuses('print_name.sku_required');
    spec
      .given([])
      .when(setName('S'.repeat(101), 'みかん'))
      .thenRefuses('print_name.sku_too_long', '100');
    spec
      .given([])
      .when(setName('S'.repeat(100), '髙'.repeat(201)))
      .thenRefuses('print_name.too_long', '200');
    spec
      .given([])
      .when(setName('S'.repeat(100), '髙'.repeat(200)))
      .then([set('S'.repeat(100), '髙'.repeat(200))]);
  });
});
