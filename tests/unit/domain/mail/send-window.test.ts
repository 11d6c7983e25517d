import { isRight } from 'fp-ts/Either';
import { DEFAULT_SEND_WINDOW, nextSendTime, SendWindow, type HourWindow } from '../../../../domain/mail/send-window';

const window = (from: string, to: string) => ({ from, to }) as HourWindow;
const jst = (text: string) => new Date(`${text}+09:00`);
const DAYTIME = window('08:00', '21:00');
const NIGHT = window('22:00', '06:00');

describe('携帯メールタイマー: when a mail to a carrier address may go', () => {
  describe('given the window 08:00–21:00 JST', () => {
    test.each([
      ['07:59:59 waits for 08:00 that day', '2026-12-07T07:59:59', '2026-12-07T08:00:00'],
      ['08:00:00 goes at once (the opening is in)', '2026-12-07T08:00:00', '2026-12-07T08:00:00'],
      ['20:59:59 goes at once', '2026-12-07T20:59:59', '2026-12-07T20:59:59'],
      ['21:00:00 waits for 08:00 the next day (the closing is out)', '2026-12-07T21:00:00', '2026-12-08T08:00:00'],
      ['23:59:59 waits for 08:00 the next day', '2026-12-07T23:59:59', '2026-12-08T08:00:00'],
      ['00:00:00 waits for 08:00 that day', '2026-12-08T00:00:00', '2026-12-08T08:00:00'],
      ['大晦日 22:00 waits into the new year', '2026-12-31T22:00:00', '2027-01-01T08:00:00'],
      ['28 February 23:00 waits for 1 March', '2027-02-28T23:00:00', '2027-03-01T08:00:00'],
    ])('when requested at %s', (_, requested, expected) =>
      expect(nextSendTime(jst(requested), DAYTIME, true)).toEqual(jst(expected)),
    );

    test('then the date change is Japan’s, not UTC’s: 02:00 JST is 17:00 UTC the day before and waits for 08:00 JST', () =>
      expect(nextSendTime(new Date('2026-12-06T17:00:00Z'), DAYTIME, true).toISOString()).toBe(
        '2026-12-06T23:00:00.000Z',
      ));

    test('then a summer night waits the same nine hours off UTC as a winter one (no daylight saving in Japan)', () =>
      expect(nextSendTime(jst('2026-07-15T22:30:00'), DAYTIME, true).toISOString()).toBe('2026-07-15T23:00:00.000Z'));

    test('then an address that is not carrier mail goes at once, even at night', () => {
      const midnight = jst('2026-12-07T23:30:00');
      expect(nextSendTime(midnight, DAYTIME, false)).toBe(midnight);
    });
  });

  describe('given a window across midnight, 22:00–06:00 JST', () => {
    test.each([
      ['21:59:59 waits for 22:00 that day', '2026-12-07T21:59:59', '2026-12-07T22:00:00'],
      ['22:00:00 goes at once', '2026-12-07T22:00:00', '2026-12-07T22:00:00'],
      ['23:59:59 goes at once', '2026-12-07T23:59:59', '2026-12-07T23:59:59'],
      ['00:00:00 goes at once', '2026-12-08T00:00:00', '2026-12-08T00:00:00'],
      ['05:59:59 goes at once', '2026-12-08T05:59:59', '2026-12-08T05:59:59'],
      ['06:00:00 waits for 22:00 that day', '2026-12-08T06:00:00', '2026-12-08T22:00:00'],
      ['12:00:00 waits for 22:00 that day', '2026-12-08T12:00:00', '2026-12-08T22:00:00'],
    ])('when requested at %s', (_, requested, expected) =>
      expect(nextSendTime(jst(requested), NIGHT, true)).toEqual(jst(expected)),
    );
  });

  test('given always open, when requested at 03:00, then it goes at once', () => {
    const night = jst('2026-12-07T03:00:00');
    expect(nextSendTime(night, 'always', true)).toBe(night);
  });

  test('given a one-minute window 23:59–00:00, when requested at 00:00, then it waits for 23:59', () =>
    expect(nextSendTime(jst('2026-12-08T00:00:00'), window('23:59', '00:00'), true)).toEqual(
      jst('2026-12-08T23:59:00'),
    ));
});

describe('the send window setting', () => {
  test.each([
    ['always'],
    [{ from: '08:00', to: '21:00' }],
    [{ from: '22:00', to: '06:00' }],
    [{ from: '00:00', to: '23:59' }],
  ])('%j is a window', (value) => expect(isRight(SendWindow.decode(value))).toBe(true));

  test.each([
    [{ from: '08:00', to: '08:00' }],
    [{ from: '8:00', to: '21:00' }],
    [{ from: '08:00', to: '24:00' }],
    [{ from: '08:60', to: '21:00' }],
    [{ from: '08:00:00', to: '21:00' }],
    [{ from: '０８:００', to: '21:00' }],
    [{ from: '08:00' }],
    ['never'],
    [null],
  ])('%j is refused', (value) => expect(isRight(SendWindow.decode(value))).toBe(false));

  test('the default window is one the codec accepts', () =>
    expect(isRight(SendWindow.decode(DEFAULT_SEND_WINDOW))).toBe(true));
});
