import { SignInBackoff } from '../../../../infrastructure/http/auth/sign-in-backoff';

const policy = { freeFailures: 2, firstDelayMs: 1_000, maxDelayMs: 5_000, forgetAfterMs: 60_000 };

describe('SignInBackoff', () => {
  test('free failures cost nothing; each one after doubles the wait, up to the most', () => {
    const backoff = new SignInBackoff(policy);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      backoff.failed('a|t|owner', 0);
      waits.push(backoff.waitMs('a|t|owner', 0));
    }
    expect(waits).toEqual([0, 0, 1_000, 2_000, 4_000, 5_000]);
  });

  test('the wait runs out; another key is never held back; a success starts again from zero', () => {
    const backoff = new SignInBackoff(policy);
    for (let i = 0; i < 4; i++) backoff.failed('a|t|owner', 0);
    expect(backoff.waitMs('a|t|owner', 1_500)).toBe(500);
    expect(backoff.waitMs('a|t|owner', 2_000)).toBe(0);
    expect(backoff.waitMs('b|t|owner', 0)).toBe(0);
    backoff.succeeded('a|t|owner');
    backoff.failed('a|t|owner', 3_000);
    expect(backoff.waitMs('a|t|owner', 3_000)).toBe(0);
  });

  test('a key left alone long enough is forgotten', () => {
    const backoff = new SignInBackoff(policy);
    for (let i = 0; i < 3; i++) backoff.failed('a|t|owner', 0);
    backoff.failed('a|t|owner', 60_000);
    expect(backoff.waitMs('a|t|owner', 60_000)).toBe(0);
  });
});
