import { spreadsheetSafe } from '../../../../infrastructure/http/imports/spreadsheet-cells';

describe('cells of a CSV opened in a spreadsheet', () => {
  test.each(['=1+2', '+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1'])('%j starts with a quote, so it is not run', (cell) =>
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`),
  );
  test.each(['注文者姓 が空です', 'orders.csv', '1=1', '', ' =1'])('%j stays as it is', (cell) =>
    expect(spreadsheetSafe(cell)).toBe(cell),
  );
});
