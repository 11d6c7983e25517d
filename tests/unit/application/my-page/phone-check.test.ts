import { comparablePhone, phoneMatchesOrderer } from '../../../../application/my-page/phone-check';

const ORDERER = '090-1234-5678';

describe('マイページ sign-in: the phone number the buyer types against the orderer’s', () => {
  test.each([
    ['090-1234-5678'],
    ['09012345678'],
    ['０９０－１２３４－５６７８'],
    ['０９０ー１２３４ー５６７８'],
    ['090 1234 5678'],
    ['090\u30001234\u30005678'],
    ['(090)1234-5678'],
    ['+81 90-1234-5678'],
    ['+81-90-1234-5678'],
    ['+81 (0)90-1234-5678'],
    ['＋８１９０１２３４５６７８'],
    [' 090-1234-5678 '],
  ])('%j opens the order', (typed) => expect(phoneMatchesOrderer(typed, ORDERER)).toBe(true));

  test.each([
    ['090-1234-5679', 'one digit off'],
    ['90-1234-5678', 'the trunk 0 missing'],
    ['090-1234-567', 'one digit short'],
    ['090-1234-56789', 'one digit more'],
    ['1234-5678', 'the last eight digits only'],
    ['', 'nothing'],
    ['090-1234-5678 内線12', 'with words'],
    ['0'.repeat(5000), 'far longer than any number'],
  ])('%j is refused (%s)', (typed) => expect(phoneMatchesOrderer(typed, ORDERER)).toBe(false));

  test('an order whose orderer has no phone, or a stub of one, opens for nobody, not even for the same stub', () => {
    expect(phoneMatchesOrderer('', '')).toBe(false);
    expect(phoneMatchesOrderer('0', '0')).toBe(false);
    expect(phoneMatchesOrderer('12345', '12345')).toBe(false);
  });

  test('the order’s side is folded as well, whatever the mall wrote', () => {
    expect(phoneMatchesOrderer('0312345678', '（０３）１２３４－５６７８')).toBe(true);
    expect(phoneMatchesOrderer('03-1234-5678', '+81312345678')).toBe(true);
  });

  test('a number abroad is compared by its digits', () =>
    expect(comparablePhone('+1 (415) 555-0100')).toBe('14155550100'));
});
