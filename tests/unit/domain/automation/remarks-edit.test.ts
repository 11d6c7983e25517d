import { editRemarks } from '../../../../domain/automation/remarks-edit';

/** Ordered 2026-11-30 in Tokyo. 楽天 writes コメント as a heading per line, the buyer's answer on the lines below. */
const orderedAt = '2026-11-30T10:15:00+09:00';
const both = { removeBoilerplate: true, parseDeliveryDate: true };
const cleanOnly = { removeBoilerplate: true, parseDeliveryDate: false };
const dateOnly = { removeBoilerplate: false, parseDeliveryDate: true };

describe('editRemarks: 楽天 boilerplate', () => {
  test('given every heading empty, then nothing is left', () => {
    expect(editRemarks('[配送日時指定:]\n\n\n[備考:]\n', cleanOnly, orderedAt).remarks).toBe('');
  });

  test('given an empty date heading and an answered message, then only the answer and its heading stay', () => {
    const remarks =
      '[配送日時指定:]\n\n[メッセージ添付希望・他ご意見、ご要望がありましたらこちらまで:]\nのし：御歳暮　髙橋\n\n';
    expect(editRemarks(remarks, cleanOnly, orderedAt).remarks).toBe(
      '[メッセージ添付希望・他ご意見、ご要望がありましたらこちらまで:]\nのし：御歳暮　髙橋',
    );
  });

  test('given an answered date heading and an empty message, then the date block stays as written', () => {
    const remarks = '[配送日時指定:]\n2026-12-24(木)\n午前中\n[メッセージ:]\n';
    expect(editRemarks(remarks, cleanOnly, orderedAt).remarks).toBe('[配送日時指定:]\n2026-12-24(木)\n午前中');
  });

  test('given an answer on the heading line itself, then the heading stays', () => {
    expect(editRemarks('[配送日時指定:] 2026-12-24(木) 午前中\n[備考:]', cleanOnly, orderedAt).remarks).toBe(
      '[配送日時指定:] 2026-12-24(木) 午前中',
    );
  });

  test('given an empty heading between two answers, then no blank line is left where it was', () => {
    const remarks = '[配送日時指定:]\n2026-12-24(木)\n\n[メッセージ:]\n\n[備考:]\n置き配希望';
    expect(editRemarks(remarks, cleanOnly, orderedAt).remarks).toBe(
      '[配送日時指定:]\n2026-12-24(木)\n[備考:]\n置き配希望',
    );
  });

  test('given a full-width heading and CRLF lines, then it is found and the line ends are kept', () => {
    expect(editRemarks('［備考：］\r\n\r\n置き配希望\r\n［メッセージ：］', cleanOnly, orderedAt).remarks).toBe(
      '［備考：］\r\n\r\n置き配希望',
    );
  });

  test('given remarks with no empty heading, then they stay exactly as the buyer wrote them', () => {
    const remarks = '午前中は不在です、"置き配"希望\n\n\n２行目の備考\n';
    expect(editRemarks(remarks, cleanOnly, orderedAt).remarks).toBe(remarks);
  });

  test('given removal off, then the remarks stay', () => {
    expect(editRemarks('[配送日時指定:]\n', dateOnly, orderedAt).remarks).toBe('[配送日時指定:]\n');
  });
});

describe('editRemarks: a delivery date written in the remarks', () => {
  test.each([
    ['楽天 date heading', '[配送日時指定:]\n2026-12-24(木)\n午前中\n[備考:]\n', '2026-12-24'],
    ['楽天 date heading, date on the heading line', '[配送日時指定:] 2026-12-24(木) 午前中', '2026-12-24'],
    ['楽天 date heading, slashes', '[配送日時指定:]\n2026/12/24\n18:00〜20:00', '2026-12-24'],
    ['着希望', '[備考:]\n12月24日着希望です', '2026-12-24'],
    ['着希望, full-width digits', '１２月２４日（木）着希望', '2026-12-24'],
    ['配達希望', '12/24 配達希望', '2026-12-24'],
    ['お届け日:', 'お届け希望日：12/24', '2026-12-24'],
    ['passed in the order year: next year', '1月8日着希望', '2027-01-08'],
    ['the order day itself', '11/30着希望', '2026-11-30'],
  ])('given %s, then the date is found', (_what, remarks, date) => {
    expect(editRemarks(remarks, dateOnly, orderedAt).deliveryDate).toBe(date);
  });

  test.each([
    ['only a time in the date heading', '[配送日時指定:]\n18:00〜20:00'],
    ['a date that is no wish', '12月24日は誕生日です'],
    ['a phone number', '[備考:]\n090-1234-5678'],
    ['a day that does not exist', '2月30日着希望'],
    ['a day that does not exist, with its year', '[配送日時指定:]\n2026-02-30'],
    ['digits of a longer number', 'No.112/24 配達希望'],
    ['nothing', ''],
  ])('given %s, then no date', (_what, remarks) => {
    expect(editRemarks(remarks, dateOnly, orderedAt).deliveryDate).toBeNull();
  });

  test('given parsing off, then no date, and the text keeps it either way', () => {
    expect(editRemarks('12/24 配達希望', cleanOnly, orderedAt).deliveryDate).toBeNull();
    expect(editRemarks('12/24 配達希望', both, orderedAt).remarks).toBe('12/24 配達希望');
  });

  test('given an order late on 31 December in UTC, then the year is Tokyo’s', () => {
    expect(editRemarks('1/1着希望', dateOnly, '2026-12-31T16:00:00Z').deliveryDate).toBe('2027-01-01');
    expect(editRemarks('12/31着希望', dateOnly, '2026-12-31T16:00:00Z').deliveryDate).toBe('2027-12-31');
  });
});
